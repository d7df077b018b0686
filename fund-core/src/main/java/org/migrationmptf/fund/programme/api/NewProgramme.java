package org.migrationmptf.fund.programme.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A joint programme as the secretariat registers it (in the pipeline): its code and title, where it
 * works, the thematic area its allocations are charged to, the lead PUNO, its dates, and its budget
 * of direct costs per PUNO x UN budget category x year. Each PUNO's indirect support costs are
 * computed at its rate: the rate in {@code iscRates} if given, else the PUNO's agreed rate. It is
 * classified by the GCM objectives and guiding principles it addresses and its gender and human
 * rights markers (code lists as data); {@code conceptNote} names the shortlisted note it comes from.
 */
public record NewProgramme(
        String code,
        String title,
        Geography geography,
        List<String> countries,
        String thematicArea,
        String leadPuno,
        LocalDate startsOn,
        LocalDate endsOn,
        List<BudgetLine> budget,
        Map<String, BigDecimal> iscRates,
        List<Integer> gcmObjectives,
        List<String> guidingPrinciples,
        String genderMarker,
        String humanRightsMarker,
        Long conceptNote) {

    /** Direct costs of one PUNO in one UN budget category (1-7) and year, in USD. */
    public record BudgetLine(String puno, String category, Integer year, BigDecimal amount) {}

    public NewProgramme {
        countries = countries == null ? List.of() : List.copyOf(countries);
        budget = budget == null ? List.of() : List.copyOf(budget);
        iscRates = iscRates == null ? Map.of() : Map.copyOf(iscRates);
        gcmObjectives = gcmObjectives == null ? List.of() : List.copyOf(gcmObjectives);
        guidingPrinciples = guidingPrinciples == null ? List.of() : List.copyOf(guidingPrinciples);
    }
}
