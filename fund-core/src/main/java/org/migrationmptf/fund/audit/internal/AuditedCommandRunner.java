package org.migrationmptf.fund.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.AuditedEvent;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.platform.Transactions;
import org.migrationmptf.fund.shared.RefusedRequest;

/** Not transactional itself: it owns the transaction of the work, so a refusal is audited after the rollback. */
@ApplicationScoped
class AuditedCommandRunner implements AuditedCommands {

    @Inject
    Transactions transactions;

    @Inject
    AuditTrail audit;

    @Override
    public <T> T run(AuthenticatedUser actor, Permission permission, Subject subject, Function<AuditedEvent, T> work) {
        AuditedEvent event = AuditedEvent.about(subject);
        try {
            actor.require(permission);
            return transactions.inTransaction(() -> {
                T result = work.apply(event);
                audit.record(event.done(actor.username(), actor.rolesText(), permission.event()));
                return result;
            });
        } catch (RuntimeException e) {
            if (e instanceof RefusedRequest refusal) {
                audit.recordRefusal(event.refused(actor.username(), actor.rolesText(), permission.event(), refusal));
            }
            throw e;
        }
    }
}
