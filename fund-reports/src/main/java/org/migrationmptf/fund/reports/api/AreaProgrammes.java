package org.migrationmptf.fund.reports.api;

import java.math.BigDecimal;

/**
 * Published programmes of one thematic area and geography (national, regional, global) with approved
 * allocations by a date: how many, and what was allocated to them from the area, in USD.
 */
public record AreaProgrammes(String thematicArea, String geography, int programmes, BigDecimal allocated) {}
