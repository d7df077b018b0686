package org.migrationmptf.fund.audit.api;

import java.util.Objects;

/** What an audit event is about: a kind of thing and its identifier, e.g. {@code Deposit 42}. */
public record Subject(String type, String id) {

    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Subject of(String type, Object id) {
        return new Subject(type, String.valueOf(id));
    }
}
