package org.migrationmptf.fund.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.programme.api.DecisionProcedure;
import org.migrationmptf.fund.programme.api.DecisionType;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;

class SteeringCommitteeDecisionTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:15:30.123456789Z");

    @Test
    void aDecisionIsRecordedAsGivenToTheMicrosecond() {
        var view = SteeringCommitteeDecision.record(
                        "WP/2026/3",
                        LocalDate.of(2026, 12, 3),
                        DecisionProcedure.WRITTEN_PROCEDURE,
                        DecisionType.TOP_UP,
                        "  Tops up MIG-KGZ-2025 by USD 250,000.00  ",
                        "officer",
                        NOW)
                .view();

        assertThat(view.number()).isEqualTo("WP/2026/3");
        assertThat(view.text()).isEqualTo("Tops up MIG-KGZ-2025 by USD 250,000.00");
        assertThat(view.recordedAt()).isEqualTo(Instant.parse("2026-12-03T10:15:30.123456Z"));
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> SteeringCommitteeDecision.record("", null, null, null, " ", "officer", NOW))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).issues())
                        .extracting(InvalidInput.Issue::field)
                        .containsExactly("number", "decidedOn", "procedure", "type", "text"));
        assertThatThrownBy(() -> SteeringCommitteeDecision.record(
                        "SC 1 <b>",
                        LocalDate.of(2026, 1, 1),
                        DecisionProcedure.MEETING,
                        DecisionType.CLOSE,
                        "x",
                        "officer",
                        NOW))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aDecisionCannotBeDatedAfterToday() {
        assertThatThrownBy(() -> SteeringCommitteeDecision.record(
                        "SC-2026-12",
                        LocalDate.of(2026, 12, 4),
                        DecisionProcedure.MEETING,
                        DecisionType.ALLOCATE,
                        "Allocates",
                        "officer",
                        NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("decision-in-future");
    }
}
