package org.migrationmptf.fund.audit.api;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.migrationmptf.fund.shared.RefusedRequest;

/**
 * What happened, as the caller states it: who (and in which roles), which action on which subject,
 * a short detail (the rule that refused it, for a refusal), and the subject's state before and after
 * as small JSON objects.
 */
public record AuditRecord(
        String actor,
        String roles,
        String action,
        String subjectType,
        String subjectId,
        String detail,
        String before,
        String after) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    /** What someone is attempting, before it is known whether it will be done or refused. */
    public static AuditRecord attempt(String actor, String roles, String action, String subjectType, String subjectId) {
        return new AuditRecord(actor, roles, action, subjectType, subjectId, null, null, null);
    }

    /** This attempt, refused: the detail names the rule and says why. */
    public AuditRecord refusedBecause(RefusedRequest refusal) {
        return new AuditRecord(
                actor, roles, action, subjectType, subjectId, refusal.rule() + ": " + refusal.getMessage(), null, null);
    }

    /**
     * A flat JSON object of the given fields in their given order (use a {@code LinkedHashMap});
     * numbers as plain decimals, everything else as strings, nulls kept.
     */
    public static String state(Map<String, ?> fields) {
        return fields.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(value.toString());
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
