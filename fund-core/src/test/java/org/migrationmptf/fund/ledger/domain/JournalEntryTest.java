package org.migrationmptf.fund.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.ledger.api.EntryKind;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;

class JournalEntryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

    @Test
    void anEntryWhoseSidesDifferByOneCentIsRefused() {
        JournalEntryDraft draft = new JournalEntryDraft(
                DAY,
                EntryKind.INTEREST,
                "interest",
                "interest:X",
                List.of(
                        PostingLine.debit("1100", Money.usd("100.00")),
                        PostingLine.credit("4200", Money.usd("99.99"))));

        assertThatThrownBy(() -> JournalEntry.post(draft, null, "finance", Instant.EPOCH))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("debits 100.00, credits 99.99")
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("unbalanced-entry");
    }

    @Test
    void anEntryWithoutLinesIsRefused() {
        JournalEntryDraft draft = new JournalEntryDraft(DAY, EntryKind.INTEREST, "nothing", "interest:Y", List.of());

        assertThatThrownBy(() -> JournalEntry.post(draft, null, "finance", Instant.EPOCH))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aReversalSwapsEverySideAndKeepsEveryAmount() {
        JournalEntry entry = JournalEntry.post(
                new JournalEntryDraft(
                        DAY,
                        EntryKind.DEPOSIT,
                        "deposit",
                        "deposit:1",
                        List.of(
                                PostingLine.debit("1100", Money.usd("1234566.50"))
                                        .forContributor("DEU", "UNEARMARKED"),
                                PostingLine.credit("4100", Money.usd("1234566.50"))
                                        .forContributor("DEU", "UNEARMARKED"))),
                null,
                "finance2",
                Instant.EPOCH);

        JournalEntryDraft reversal = entry.reversal(DAY.plusDays(1), "wrong agreement");

        assertThat(reversal.lines())
                .extracting(l -> l.accountCode() + " " + l.side() + " " + l.amount() + " " + l.contributorCode())
                .containsExactly("1100 CREDIT USD 1234566.50 DEU", "4100 DEBIT USD 1234566.50 DEU");
        assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(JournalEntry.periodOf(DAY)).isEqualTo("2026-03");
    }
}
