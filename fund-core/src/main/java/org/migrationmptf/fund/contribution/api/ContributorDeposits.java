package org.migrationmptf.fund.contribution.api;

import java.math.BigDecimal;

/** A contributor's posted deposits received in a period, in USD, and the Administrative Agent fee on them. */
public record ContributorDeposits(String code, String name, BigDecimal usd, BigDecimal feeUsd) {}
