package org.migrationmptf.fund.identity.api;

import org.migrationmptf.fund.shared.RefusedRequest;

/**
 * The acting user's role may not perform this action (an auditor recording a deposit, an
 * administrator posting interest). The API answers 403, a page shows the message; the refusal is on
 * the audit trail under the user's name. Nothing was changed.
 */
public class NotPermitted extends RuntimeException implements RefusedRequest {

    /** The problem type and audit detail of every refusal by role. */
    public static final String RULE = "wrong-role";

    private final transient Permission permission;

    public NotPermitted(AuthenticatedUser user, Permission permission) {
        super(user.username() + " (" + (user.roles().isEmpty() ? "no role" : user.rolesText()) + ") may not "
                + permission.describe() + "; that is for " + permission.rolesText());
        this.permission = permission;
    }

    @Override
    public String rule() {
        return RULE;
    }

    public Permission permission() {
        return permission;
    }
}
