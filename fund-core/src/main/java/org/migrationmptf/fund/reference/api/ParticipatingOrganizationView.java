package org.migrationmptf.fund.reference.api;

import java.math.BigDecimal;

/** A Participating UN Organization and the indirect support cost rate it charges. */
public record ParticipatingOrganizationView(String code, String acronym, String name, BigDecimal indirectCostRate) {}
