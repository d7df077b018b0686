package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/** What approved allocations gave a programme from one thematic area, in USD. */
public record ProgrammeAllocation(String programme, String thematicArea, BigDecimal amount) {}
