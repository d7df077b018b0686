package org.migrationmptf.fund.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Puts a signed-in user's attempt at something its roles do not allow (403) on the audit trail: who,
 * in which roles, which method on which path. Anonymous attempts are answered 401 and not recorded
 * (anyone can make those, and they carry no identity).
 */
@ApplicationScoped
public class AccessDenials {

    private static final Logger LOG = Logger.getLogger(AccessDenials.class.getName());

    @Inject
    AuditTrail audit;

    @Inject
    Authenticator authenticator;

    public void record(String username, String method, String path) {
        try {
            String roles = authenticator
                    .currentUser(username)
                    .map(AuthenticatedUser::rolesText)
                    .orElse("");
            audit.recordRefusal(new AuditRecord(
                    username,
                    roles,
                    "ACCESS_DENIED",
                    "Endpoint",
                    truncate(method + " " + path),
                    "wrong-role",
                    null,
                    null));
        } catch (RuntimeException e) {
            // the refusal itself stands; a failure to record it must not turn a 403 into a 500
            LOG.log(Level.WARNING, "could not record an access denial of " + username + " on " + path, e);
        }
    }

    private static String truncate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "\u2026";
    }
}
