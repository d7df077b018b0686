package org.migrationmptf.fund.audit.api;

import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

/** Appends to, reads and verifies the fund's audit trail. */
public interface AuditTrail {

    /** Records a write, in the caller's transaction: if the write rolls back, so does its event. */
    void record(AuditRecord record);

    /**
     * Records a refused attempt in a transaction of its own, so it stays although the attempt's own
     * transaction rolls back.
     */
    void recordRefusal(AuditRecord record);

    /** Recomputes the chain from the first event and names the first row that does not match. */
    ChainVerification verify();

    /**
     * The hash at the head of the chain as it stood at {@code cutoff} (the last event that occurred
     * before it), or the chain's genesis hash if none had: what a report as of that moment prints.
     */
    String headAt(java.time.Instant cutoff);

    /** The events the query selects, newest first unless the page asks for ascending order. */
    Page<AuditEventView> events(AuditQuery query, PageRequest page);

    /** The actions that occur on the trail, for an auditor's filter. */
    java.util.List<String> actions();
}
