package org.migrationmptf.fund.ledger.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A posted journal entry with its lines; amounts in US dollars. */
public record JournalEntryView(
        long id,
        LocalDate date,
        String period,
        String kind,
        String description,
        String sourceRef,
        Long reverses,
        BigDecimal total,
        String postedBy,
        Instant postedAt,
        List<Line> lines) {

    /** One line: account, DEBIT or CREDIT, amount, and its dimensions where they apply. */
    public record Line(
            int lineNo,
            String account,
            String side,
            BigDecimal amount,
            String contributor,
            String earmark,
            String programme,
            String puno,
            String thematicArea,
            String window) {}
}
