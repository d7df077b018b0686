package org.migrationmptf.fund.programme.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A concept note as the Fund Management Unit receives it: who submitted it (a UN country team or
 * regional network), its title, lead PUNO and PUNOs, countries, the amount requested in USD, the
 * thematic areas, GCM objectives and guiding principles it addresses, and when it was received.
 */
public record NewConceptNote(
        String submittedBy,
        String title,
        String leadPuno,
        List<String> punos,
        List<String> countries,
        BigDecimal requestedAmount,
        List<String> thematicAreas,
        List<Integer> gcmObjectives,
        List<String> guidingPrinciples,
        LocalDate receivedOn) {

    public NewConceptNote {
        punos = punos == null ? List.of() : List.copyOf(punos);
        countries = countries == null ? List.of() : List.copyOf(countries);
        thematicAreas = thematicAreas == null ? List.of() : List.copyOf(thematicAreas);
        gcmObjectives = gcmObjectives == null ? List.of() : List.copyOf(gcmObjectives);
        guidingPrinciples = guidingPrinciples == null ? List.of() : List.copyOf(guidingPrinciples);
    }
}
