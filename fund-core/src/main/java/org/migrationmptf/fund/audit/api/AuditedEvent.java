package org.migrationmptf.fund.audit.api;

import java.util.Map;
import org.migrationmptf.fund.shared.RefusedRequest;

/**
 * The audit event a command is writing, filled in by the command as it learns what it did: the
 * subject (which may change, e.g. to the deposit a recording created), a short detail, and the
 * subject's state before and after. {@link AuditedCommands} appends it when the command succeeds, or
 * the attempt with the reason when it is refused.
 */
public final class AuditedEvent {

    private Subject subject;
    private String detail;
    private String before;
    private String after;

    AuditedEvent(Subject subject) {
        this.subject = subject;
    }

    /** A fresh event about {@code subject}, for {@link AuditedCommands} implementations. */
    public static AuditedEvent about(Subject subject) {
        return new AuditedEvent(subject);
    }

    /** The event is about this subject instead (e.g. the record the command created). */
    public AuditedEvent subject(Subject newSubject) {
        this.subject = newSubject;
        return this;
    }

    public AuditedEvent detail(String text) {
        this.detail = text;
        return this;
    }

    /** The subject's state before, as a flat JSON object (see {@link AuditRecord#state}). */
    public AuditedEvent before(Map<String, ?> state) {
        this.before = state == null ? null : AuditRecord.state(state);
        return this;
    }

    public AuditedEvent after(Map<String, ?> state) {
        this.after = state == null ? null : AuditRecord.state(state);
        return this;
    }

    public Subject subject() {
        return subject;
    }

    /** The record of the action done by {@code actor} (in {@code roles}). */
    public AuditRecord done(String actor, String roles, String action) {
        return new AuditRecord(
                actor, roles, action, subject.type(), subject.id(), detail, before, null == after ? null : after);
    }

    /** The record of the attempt, refused for the given reason (rule and message). */
    public AuditRecord refused(String actor, String roles, String action, RefusedRequest refusal) {
        return AuditRecord.attempt(actor, roles, action, subject.type(), subject.id())
                .refusedBecause(refusal);
    }
}
