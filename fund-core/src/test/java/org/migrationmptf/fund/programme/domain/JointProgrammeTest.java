package org.migrationmptf.fund.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.programme.api.Geography;
import org.migrationmptf.fund.programme.api.NewProgramme;
import org.migrationmptf.fund.programme.api.ProgrammeStatus;
import org.migrationmptf.fund.programme.api.ProgrammeView;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;

class JointProgrammeTest {

    static final CodeLists CODES = new CodeLists(
            java.util.stream.IntStream.rangeClosed(1, 23).boxed().collect(java.util.stream.Collectors.toSet()),
            java.util.Set.of("PEOPLE_CENTRED", "HUMAN_RIGHTS", "GENDER_RESPONSIVE"),
            java.util.Set.of("0", "1", "2a", "2b"),
            java.util.Set.of("0", "1", "2a", "2b"),
            java.util.Set.of("TA1", "TA2", "TA3", "TA4", "TA5"),
            Map.of("IOM", new BigDecimal("0.0700"), "UNDP", new BigDecimal("0.0700"), "ILO", new BigDecimal("0.0650")));

    private static final CodeLists AGREED = CODES;

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static NewProgramme.BudgetLine line(String puno, String category, int year, String amount) {
        return new NewProgramme.BudgetLine(puno, category, year, new BigDecimal(amount));
    }

    private static NewProgramme regional(List<NewProgramme.BudgetLine> lines, Map<String, BigDecimal> rates) {
        return new NewProgramme(
                "MMPTF-SAH-2026-01",
                "Safe and regular labour mobility in the Sahel",
                Geography.REGIONAL,
                List.of("MLI", "NER", "BFA"),
                "TA3",
                "IOM",
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2028-03-31"),
                lines,
                rates,
                List.of(5, 6, 23),
                List.of("PEOPLE_CENTRED", "GENDER_RESPONSIVE"),
                "2a",
                "2b",
                null);
    }

    @Test
    void theBudgetIsKeptPerPunoWithEachIscLineComputedAtItsRate() {
        JointProgramme programme = JointProgramme.register(
                regional(
                        List.of(
                                line("IOM", "1", 2026, "250000.00"),
                                line("IOM", "6", 2027, "149999.99"),
                                line("ILO", "4", 2026, "80000.10")),
                        Map.of()),
                AGREED,
                "officer",
                NOW);

        ProgrammeView view = programme.view();

        assertThat(view.status()).isEqualTo(ProgrammeStatus.PIPELINE);
        assertThat(view.countries()).containsExactly("MLI", "NER", "BFA");
        // ILO at its agreed 6.5 %: 80,000.10 x 0.065 = 5,200.0065 -> 5,200.01; IOM 399,999.99 x 0.07 = 27,999.9993 ->
        // 28,000.00
        assertThat(view.punos())
                .extracting(p -> p.puno() + " " + p.directCosts() + " " + p.iscRate() + " " + p.indirectSupportCosts()
                        + " " + p.total())
                .containsExactly("ILO 80000.10 0.0650 5200.01 85200.11", "IOM 399999.99 0.0700 28000.00 427999.99");
        assertThat(view.budgetTotal()).isEqualTo(new BigDecimal("513200.10"));
    }

    @Test
    void aRateAboveSevenPercentIsRefusedNamingThePuno() {
        assertThatThrownBy(() -> JointProgramme.register(
                        regional(
                                List.of(line("UNDP", "1", 2026, "1000.00"), line("IOM", "1", 2026, "1.00")),
                                Map.of("UNDP", new BigDecimal("0.0701"))),
                        AGREED,
                        "officer",
                        NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("UNDP")
                .hasMessageContaining("7.01 %");
    }

    @Test
    void everyProblemOfTheRequestIsReportedAtOnce() {
        NewProgramme bad = new NewProgramme(
                "lower case",
                " ",
                Geography.NATIONAL,
                List.of("KEN", "UGA"),
                null,
                "UNICEF",
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-01"),
                List.of(
                        line("WFP", "1", 2026, "10.00"),
                        line("IOM", "1", 2030, "10.00"),
                        line("IOM", "2", 2026, "0.00")),
                Map.of(),
                List.of(),
                List.of("PEOPLE_CENTRED"),
                null,
                "3",
                null);

        assertThatThrownBy(() -> JointProgramme.register(bad, AGREED, "officer", NOW))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).issues())
                        .extracting(InvalidInput.Issue::field)
                        .containsExactly(
                                "code",
                                "title",
                                "countries",
                                "thematicArea",
                                "gcmObjectives",
                                "genderMarker",
                                "humanRightsMarker",
                                "endsOn",
                                "budget[0]",
                                "budget[1]",
                                "budget[2]"));
    }

    @Test
    void theSameLineTwiceIsRefusedRatherThanSilentlyAdded() {
        assertThatThrownBy(() -> JointProgramme.register(
                        regional(List.of(line("IOM", "1", 2026, "10.00"), line("IOM", "1", 2026, "5.00")), Map.of()),
                        AGREED,
                        "officer",
                        NOW))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("incomplete")
                .satisfies(e ->
                        assertThat(((InvalidInput) e).issues().get(0).message()).contains("a second line"));
    }

    @Test
    void itMovesOnlyAlongTheGraph() {
        JointProgramme programme = JointProgramme.register(
                regional(List.of(line("IOM", "1", 2026, "10.00")), Map.of()), AGREED, "officer", NOW);

        assertThatThrownBy(() -> programme.moveTo(ProgrammeStatus.ACTIVE, null))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("PIPELINE cannot become ACTIVE");
        programme.moveTo(ProgrammeStatus.APPROVED, "SC-2026-01");
        programme.moveTo(ProgrammeStatus.ACTIVE, null);

        assertThat(programme.view().status()).isEqualTo(ProgrammeStatus.ACTIVE);
        assertThat(programme.view().approvalDecision()).isEqualTo("SC-2026-01");
    }

    @Test
    void itKeepsItsClassificationAsGiven() {
        ProgrammeView view = JointProgramme.register(
                        regional(List.of(line("IOM", "1", 2026, "10.00")), Map.of()), CODES, "officer", NOW)
                .view();

        assertThat(view.gcmObjectives()).containsExactly(5, 6, 23);
        assertThat(view.guidingPrinciples()).containsExactly("PEOPLE_CENTRED", "GENDER_RESPONSIVE");
        assertThat(view.genderMarker()).isEqualTo("2a");
        assertThat(view.humanRightsMarker()).isEqualTo("2b");
    }

    @Test
    void anUnknownObjectivePrincipleOrMarkerIsNamed() {
        NewProgramme base = regional(List.of(line("IOM", "1", 2026, "10.00")), Map.of());
        NewProgramme bad = new NewProgramme(
                base.code(),
                base.title(),
                base.geography(),
                base.countries(),
                "TA9",
                base.leadPuno(),
                base.startsOn(),
                base.endsOn(),
                base.budget(),
                Map.of(),
                List.of(24),
                List.of("KIND"),
                "2c",
                "2a",
                null);

        assertThatThrownBy(() -> JointProgramme.register(bad, CODES, "officer", NOW))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).issues())
                        .extracting(i -> i.field() + ": " + i.message())
                        .containsExactly(
                                "thematicArea: there is no thematic area TA9",
                                "gcmObjectives: 24 is not a GCM objective (1 to 23)",
                                "guidingPrinciples: KIND is not a guiding principle, e.g. PEOPLE_CENTRED",
                                "genderMarker: give the gender marker: one of [0, 1, 2a, 2b]"));
    }

    @Test
    void aNoCostExtensionMovesTheEndLaterAndIsKept() {
        JointProgramme programme = JointProgramme.register(
                regional(List.of(line("IOM", "1", 2026, "10.00")), Map.of()), CODES, "officer", NOW);

        assertThatThrownBy(() -> programme.extendTo(LocalDate.parse("2028-09-30"), "SC-NCE", "officer", NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("PIPELINE is not extended");
        programme.moveTo(ProgrammeStatus.APPROVED, "SC-2026-01");
        assertThatThrownBy(() -> programme.extendTo(LocalDate.parse("2028-03-31"), "SC-NCE", "officer", NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("later than 2028-03-31");
        programme.extendTo(LocalDate.parse("2028-09-30"), "SC-NCE", "officer", NOW);
        programme.extendTo(LocalDate.parse("2028-12-31"), "SC-NCE-2", "officer", NOW);

        ProgrammeView view = programme.view();
        assertThat(view.endsOn()).isEqualTo(LocalDate.parse("2028-12-31"));
        assertThat(view.extensions())
                .extracting(x -> x.from() + " -> " + x.to() + " " + x.decision())
                .containsExactly("2028-03-31 -> 2028-09-30 SC-NCE", "2028-09-30 -> 2028-12-31 SC-NCE-2");
    }
}
