package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;

/**
 * What a thematic area may still allocate, in USD, and how it is made up (design.md, earmarking):
 * its own earmarked contributions net of the AA fee are used first; then the unearmarked pool (net
 * unearmarked contributions and fund-earned interest, less direct costs and bank charges), less what
 * every area's allocations have already drawn from it. {@code available} may be negative when costs
 * came after allocations: nothing more can be allocated until money comes in.
 */
public record Availability(
        String thematicArea,
        BigDecimal earmarkedNet,
        BigDecimal allocated,
        BigDecimal earmarkedRemaining,
        BigDecimal unearmarkedPool,
        BigDecimal drawnFromPool,
        BigDecimal available) {}
