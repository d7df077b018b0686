package org.migrationmptf.fund.ledger.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An entry to post: value date, kind, a description, the reference of the source that posts it
 * (each source posts once), and its lines. Whether it balances is checked when it is posted.
 */
public record JournalEntryDraft(
        LocalDate date, EntryKind kind, String description, String sourceRef, List<PostingLine> lines) {

    public JournalEntryDraft {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sourceRef, "sourceRef");
        lines = List.copyOf(lines);
    }
}
