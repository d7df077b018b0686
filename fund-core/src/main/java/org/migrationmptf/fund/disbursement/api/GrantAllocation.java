package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/**
 * What approved allocations gave one programme and PUNO from one thematic area in one fund window,
 * in USD: the grain at which money leaves the fund's pools (the money trail's allocation steps).
 */
public record GrantAllocation(String programme, String puno, String thematicArea, String window, BigDecimal amount) {}
