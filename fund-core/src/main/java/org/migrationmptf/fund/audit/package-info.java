/**
 * The audit trail: one append-only, hash-chained event for every write of the fund and for every
 * refused attempt that matters (wrong role, stale version, closed period, broken rule). Each event
 * carries the SHA-256 of the one before it, so changing or removing a row behind the application's
 * back breaks the chain at that row, and {@link org.migrationmptf.fund.audit.api.AuditTrail#verify()}
 * names it.
 */
package org.migrationmptf.fund.audit;
