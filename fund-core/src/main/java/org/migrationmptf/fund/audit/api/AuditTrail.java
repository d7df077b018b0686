package org.migrationmptf.fund.audit.api;

import java.util.Optional;
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

    /** Events, newest first, optionally only those about one subject. */
    Page<AuditEventView> events(PageRequest page, Optional<String> subjectType, Optional<String> subjectId);
}
