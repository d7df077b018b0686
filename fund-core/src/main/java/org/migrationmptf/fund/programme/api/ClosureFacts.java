package org.migrationmptf.fund.programme.api;

import java.util.List;

/**
 * What financial closure of a programme depends on, per PUNO: its final certified expenditure report
 * and its funding status. Implemented by the side that keeps them (disbursement), so that the
 * programme decides its closure without depending on it.
 */
public interface ClosureFacts {

    /** One PUNO's facts. */
    record PunoFacts(String puno, boolean finalReportCertified, FundingStatus status) {}

    List<PunoFacts> of(String programme);
}
