package org.migrationmptf.fund.programme.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A joint programme with its budget: per PUNO the direct costs, the ISC rate and the computed ISC
 * line, and the budget lines themselves; amounts in USD. {@code extensions} are its no-cost
 * extensions, oldest first ({@code endsOn} is the latest end). {@code version} is its ETag.
 */
public record ProgrammeView(
        String code,
        String title,
        Geography geography,
        List<String> countries,
        String thematicArea,
        String leadPuno,
        LocalDate startsOn,
        LocalDate endsOn,
        ProgrammeStatus status,
        String approvalDecision,
        List<Integer> gcmObjectives,
        List<String> guidingPrinciples,
        String genderMarker,
        String humanRightsMarker,
        Long conceptNote,
        List<Extension> extensions,
        List<PunoBudget> punos,
        List<BudgetLineView> budgetLines,
        BigDecimal budgetTotal,
        long version) {

    /** One PUNO's part of the budget. */
    public record PunoBudget(
            String puno,
            BigDecimal directCosts,
            BigDecimal iscRate,
            BigDecimal indirectSupportCosts,
            BigDecimal total) {}

    /** A no-cost extension: the end date moved from {@code from} to {@code to} by a decision. */
    public record Extension(LocalDate from, LocalDate to, String decision, String by, java.time.Instant at) {}

    /** One budget line of direct costs. */
    public record BudgetLineView(String puno, String category, int year, BigDecimal amount) {}

    /** The budget of one PUNO, if it is one of the programme's. */
    public java.util.Optional<PunoBudget> budgetOf(String puno) {
        return punos.stream().filter(p -> p.puno().equals(puno)).findFirst();
    }
}
