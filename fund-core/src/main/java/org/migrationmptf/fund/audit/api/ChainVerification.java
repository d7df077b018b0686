package org.migrationmptf.fund.audit.api;

import java.time.Instant;

/**
 * The result of recomputing the audit trail's hash chain from its first event: how many events were
 * checked, whether every one matched, and if not the first event that did not (its sequence number
 * and why), plus the hash at the head of the chain, which auditors' reports print.
 */
public record ChainVerification(
        long eventsChecked, boolean intact, Long firstBrokenSeq, String problem, String headHash, Instant verifiedAt) {}
