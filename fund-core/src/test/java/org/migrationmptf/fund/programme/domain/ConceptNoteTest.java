package org.migrationmptf.fund.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.programme.api.ConceptNoteStatus;
import org.migrationmptf.fund.programme.api.NewConceptNote;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;

class ConceptNoteTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    private static NewConceptNote sahel() {
        return new NewConceptNote(
                "UN Network on Migration West Africa",
                "Labour mobility in the Sahel",
                "ILO",
                List.of("IOM", "ILO"),
                List.of("MLI", "NER"),
                new BigDecimal("1500000.00"),
                List.of("TA4", "TA3"),
                List.of(5, 6),
                List.of("PEOPLE_CENTRED"),
                LocalDate.parse("2026-02-14"));
    }

    private static ConceptNote received() {
        return ConceptNote.record(sahel(), JointProgrammeTest.CODES, TODAY, "officer", NOW);
    }

    @Test
    void aNoteIsRecordedAsSubmittedWithTheLeadPunoFirst() {
        var view = received().view();

        assertThat(view.status()).isEqualTo(ConceptNoteStatus.SUBMITTED);
        assertThat(view.punos()).containsExactly("ILO", "IOM");
        assertThat(view.requestedAmount()).isEqualTo(new BigDecimal("1500000.00"));
        assertThat(view.thematicAreas()).containsExactly("TA4", "TA3");
        assertThat(view.gcmObjectives()).containsExactly(5, 6);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        NewConceptNote bad = new NewConceptNote(
                " ",
                "A title",
                "WFP",
                List.of("IOM", "IOM"),
                List.of(),
                new BigDecimal("10.001"),
                List.of("TA7"),
                List.of(),
                List.of("KIND"),
                LocalDate.parse("2026-03-02"));

        assertThatThrownBy(() -> ConceptNote.record(bad, JointProgrammeTest.CODES, TODAY, "officer", NOW))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).issues())
                        .extracting(InvalidInput.Issue::field)
                        .containsExactly(
                                "submittedBy",
                                "leadPuno",
                                "punos",
                                "countries",
                                "requestedAmount",
                                "thematicAreas",
                                "gcmObjectives",
                                "guidingPrinciples",
                                "receivedOn"));
    }

    @Test
    void itIsScreenedThenShortlistedAndBecomesOneProgramme() {
        ConceptNote note = received();

        assertThatThrownBy(() -> note.becomes("MMPTF-SAH-2026-01"))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("SUBMITTED");
        assertThatThrownBy(() -> note.decide(ConceptNoteStatus.SHORTLISTED, null, "officer", NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("SUBMITTED cannot become SHORTLISTED");
        note.decide(ConceptNoteStatus.SCREENED, "complete", "officer", NOW);
        note.decide(ConceptNoteStatus.SHORTLISTED, null, "officer", NOW);
        note.becomes("MMPTF-SAH-2026-01");

        assertThat(note.view().programme()).isEqualTo("MMPTF-SAH-2026-01");
        assertThat(note.view().reason()).isEqualTo("complete");
        assertThatThrownBy(() -> note.becomes("MMPTF-SAH-2026-02"))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("already programme MMPTF-SAH-2026-01");
    }

    @Test
    void aRejectionGivesItsReason() {
        ConceptNote note = received();

        assertThatThrownBy(() -> note.decide(ConceptNoteStatus.REJECTED, "  ", "officer", NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("reason-required");
        note.decide(ConceptNoteStatus.REJECTED, "no government endorsement", "officer", NOW);

        assertThat(note.view().status()).isEqualTo(ConceptNoteStatus.REJECTED);
        assertThat(note.view().reason()).isEqualTo("no government endorsement");
        assertThatThrownBy(() -> note.decide(ConceptNoteStatus.SCREENED, null, "officer", NOW))
                .isInstanceOf(DomainRuleViolation.class);
    }
}
