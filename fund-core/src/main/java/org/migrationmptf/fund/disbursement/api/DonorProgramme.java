package org.migrationmptf.fund.disbursement.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;

/**
 * A published programme as a donor sees it: one its earmarked thematic area funds, with the figures
 * that are final (approved allocations, transfers net of refunds, reported expenditure), never what
 * still awaits a decision. Amounts in USD; {@code deliveryRate} is null while nothing is net funded.
 */
public record DonorProgramme(
        String code,
        String title,
        String thematicArea,
        ProgrammeStatus status,
        List<String> countries,
        String leadPuno,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal budget,
        BigDecimal allocated,
        BigDecimal netFunded,
        BigDecimal expenditure,
        BigDecimal deliveryRate) {}
