package org.migrationmptf.fund.programme.api;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded Steering Committee decision. */
public record DecisionView(
        long id,
        String number,
        LocalDate decidedOn,
        DecisionProcedure procedure,
        DecisionType type,
        String text,
        String recordedBy,
        Instant recordedAt) {}
