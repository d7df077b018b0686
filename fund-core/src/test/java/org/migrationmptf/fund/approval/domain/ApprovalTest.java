package org.migrationmptf.fund.approval.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.approval.api.ApprovalStatus;
import org.migrationmptf.fund.approval.api.FourEyesAction;
import org.migrationmptf.fund.shared.ConflictingState;
import org.migrationmptf.fund.shared.DomainRuleViolation;

class ApprovalTest {

    private static Approval closeOfOctoberBy(String maker) {
        return Approval.open(
                FourEyesAction.PERIOD_CLOSE,
                "2026-10",
                1,
                "Close 2026-10",
                "{\"period\":\"2026-10\"}",
                maker,
                Instant.EPOCH);
    }

    @Test
    void thePreparerCannotDecideTheirOwnApproval() {
        Approval approval = closeOfOctoberBy("finance");

        assertThatThrownBy(() -> approval.approveBy("finance", Instant.EPOCH))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("maker-checker"));
        assertThatThrownBy(() -> approval.rejectBy("finance", "no", Instant.EPOCH))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(approval.view().status()).isEqualTo(ApprovalStatus.PENDING);
    }

    @Test
    void anApprovalIsDecidedOnceAndThenNoLongerHoldsTheSubjectsPendingSlot() {
        Approval approval = closeOfOctoberBy("finance");

        approval.approveBy("finance2", Instant.EPOCH);

        assertThat(approval.view().status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approval.view().decidedBy()).isEqualTo("finance2");
        assertThatThrownBy(() -> approval.rejectBy("finance3", "late", Instant.EPOCH))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.rule()).isEqualTo("already-approved"));
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() {
        Approval approval = closeOfOctoberBy("finance");
        assertThatThrownBy(() -> approval.rejectBy("finance2", " ", Instant.EPOCH))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.rule()).isEqualTo("rejection-reason-required"));

        approval.rejectBy("finance2", "an interest posting is still missing", Instant.EPOCH);

        assertThat(approval.view().reason()).isEqualTo("an interest posting is still missing");
        assertThatThrownBy(() -> approval.approveBy("finance3", Instant.EPOCH))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.rule()).isEqualTo("already-rejected"));
    }

    @Test
    void thePendingSlotIsOneKeyPerActionAndSubject() {
        assertThat(Approval.openKey(FourEyesAction.DEPOSIT_POSTING, "42")).isEqualTo("DEPOSIT_POSTING:42");
        assertThat(Approval.openKey(FourEyesAction.PERIOD_CLOSE, "42"))
                .isNotEqualTo(Approval.openKey(FourEyesAction.DEPOSIT_POSTING, "42"));
    }
}
