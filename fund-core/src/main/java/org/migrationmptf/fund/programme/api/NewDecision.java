package org.migrationmptf.fund.programme.api;

import java.time.LocalDate;

/** A Steering Committee decision to record: its number (e.g. {@code SC-2026-04}), date, procedure, type and text. */
public record NewDecision(
        String number, LocalDate decidedOn, DecisionProcedure procedure, DecisionType type, String text) {}
