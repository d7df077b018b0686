package org.migrationmptf.fund.programme.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migrationmptf.fund.shared.InvalidInput;

/**
 * The code lists a concept note or a joint programme is classified by, as the reference data holds
 * them today: GCM objectives, guiding principles, the two marker scales, thematic areas and the
 * Participating UN Organizations with their agreed ISC rates. The checks add an issue per field, so
 * that a form shows every error at once.
 */
public record CodeLists(
        Set<Integer> gcmObjectives,
        Set<String> guidingPrinciples,
        Set<String> genderMarkers,
        Set<String> humanRightsMarkers,
        Set<String> thematicAreas,
        Map<String, BigDecimal> punoRates) {

    public CodeLists {
        gcmObjectives = Set.copyOf(gcmObjectives);
        guidingPrinciples = Set.copyOf(guidingPrinciples);
        genderMarkers = Set.copyOf(genderMarkers);
        humanRightsMarkers = Set.copyOf(humanRightsMarkers);
        thematicAreas = Set.copyOf(thematicAreas);
        punoRates = Map.copyOf(punoRates);
    }

    /** At least one objective, each one of the Compact's, none twice. */
    void checkObjectives(List<Integer> given, List<InvalidInput.Issue> issues) {
        if (given.isEmpty()) {
            issues.add(new InvalidInput.Issue("gcmObjectives", "name at least one GCM objective (1 to 23)"));
            return;
        }
        for (Integer objective : given) {
            if (objective == null || !gcmObjectives.contains(objective)) {
                issues.add(new InvalidInput.Issue("gcmObjectives", objective + " is not a GCM objective (1 to 23)"));
                return;
            }
        }
        if (new HashSet<>(given).size() != given.size()) {
            issues.add(new InvalidInput.Issue("gcmObjectives", "name each objective once"));
        }
    }

    /** Any of the ten guiding principles, none twice. */
    void checkPrinciples(List<String> given, List<InvalidInput.Issue> issues) {
        for (String principle : given) {
            if (principle == null || !guidingPrinciples.contains(principle)) {
                issues.add(new InvalidInput.Issue(
                        "guidingPrinciples", principle + " is not a guiding principle, e.g. PEOPLE_CENTRED"));
                return;
            }
        }
        if (new HashSet<>(given).size() != given.size()) {
            issues.add(new InvalidInput.Issue("guidingPrinciples", "name each principle once"));
        }
    }

    /** Both markers given, each a code of its scale. */
    void checkMarkers(String gender, String humanRights, List<InvalidInput.Issue> issues) {
        if (gender == null || !genderMarkers.contains(gender)) {
            issues.add(new InvalidInput.Issue(
                    "genderMarker", "give the gender marker: one of " + new java.util.TreeSet<>(genderMarkers)));
        }
        if (humanRights == null || !humanRightsMarkers.contains(humanRights)) {
            issues.add(new InvalidInput.Issue(
                    "humanRightsMarker",
                    "give the human rights marker: one of " + new java.util.TreeSet<>(humanRightsMarkers)));
        }
    }

    /** A thematic area in force. */
    void checkArea(String field, String area, List<InvalidInput.Issue> issues) {
        if (area == null || area.isBlank()) {
            issues.add(new InvalidInput.Issue(field, "give the thematic area, e.g. TA2"));
        } else if (!thematicAreas.contains(area)) {
            issues.add(new InvalidInput.Issue(field, "there is no thematic area " + area));
        }
    }

    boolean isPuno(String code) {
        return punoRates.containsKey(code);
    }

    static String joined(List<?> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }
}
