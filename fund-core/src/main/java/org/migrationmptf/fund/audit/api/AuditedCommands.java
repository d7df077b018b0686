package org.migrationmptf.fund.audit.api;

import java.util.function.Function;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;

/**
 * The one way a state-changing action of the fund runs. In this order:
 *
 * <ol>
 *   <li>the acting user's role must hold the permission, or the attempt is refused ({@code
 *       wrong-role}, HTTP 403);
 *   <li>the work runs in a transaction (the caller's if there is one; otherwise its own, retried on
 *       a deadlock or a lost race);
 *   <li>the event the work described is appended to the audit trail in that same transaction, as the
 *       last thing it does, so the chain head is always the last lock a writer takes;
 *   <li>a refusal of the fund's rules ({@link org.migrationmptf.fund.shared.RefusedRequest}) is
 *       appended as a refused attempt in a transaction of its own, so it stays although the work
 *       rolled back; when the command owned its transaction the refusal is written after the
 *       rollback, holding no lock.
 * </ol>
 *
 * The event's action is {@link Permission#event()}: one permission, one kind of event.
 */
public interface AuditedCommands {

    <T> T run(AuthenticatedUser actor, Permission permission, Subject subject, Function<AuditedEvent, T> work);
}
