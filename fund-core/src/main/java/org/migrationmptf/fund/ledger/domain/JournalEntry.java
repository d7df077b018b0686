package org.migrationmptf.fund.ledger.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.migrationmptf.fund.ledger.api.EntryKind;
import org.migrationmptf.fund.ledger.api.JournalEntryDraft;
import org.migrationmptf.fund.ledger.api.JournalEntryView;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.ledger.api.Side;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/**
 * A posted journal entry: balanced by construction (the factory refuses an entry whose debits and
 * credits differ, or that has no line), and append-only afterwards: no setter exists, every column is
 * {@code updatable = false}, and the database refuses UPDATE and DELETE. A correction is a reversal
 * ({@link #reversal}), a new entry that names this one.
 */
@Entity
@Table(name = "journal_entry")
@NamedQuery(name = "JournalEntry.countBySource", query = "SELECT COUNT(e) FROM JournalEntry e WHERE e.sourceRef = :ref")
@NamedQuery(
        name = "JournalEntry.countReversalsOf",
        query = "SELECT COUNT(e) FROM JournalEntry e WHERE e.reverses = :id")
@NamedQuery(
        name = "JournalEntry.monthTotals",
        query = "SELECT COUNT(e), COALESCE(SUM(e.totalDebit), 0) FROM JournalEntry e WHERE e.period = :month")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "period_month", nullable = false, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private EntryKind kind;

    @Column(name = "description", nullable = false, updatable = false)
    private String description;

    @Column(name = "source_ref", nullable = false, updatable = false)
    private String sourceRef;

    @Column(name = "reverses_id", updatable = false)
    private Long reverses;

    @Column(name = "total_debit", nullable = false, updatable = false)
    private BigDecimal totalDebit;

    @Column(name = "total_credit", nullable = false, updatable = false)
    private BigDecimal totalCredit;

    @Column(name = "posted_by", nullable = false, updatable = false)
    private String postedBy;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private LocalDateTime postedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journal_line", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderBy("lineNo")
    private List<JournalLine> lines = new ArrayList<>();

    protected JournalEntry() {}

    /**
     * The entry a draft describes, if it balances.
     *
     * @throws DomainRuleViolation {@code unbalanced-entry} if debits and credits differ or there are
     *     no lines on one side
     */
    public static JournalEntry post(JournalEntryDraft draft, Long reverses, String postedBy, Instant at) {
        BigDecimal debits = BigDecimal.ZERO.setScale(2);
        BigDecimal credits = BigDecimal.ZERO.setScale(2);
        JournalEntry entry = new JournalEntry();
        int lineNo = 0;
        for (PostingLine line : draft.lines()) {
            boolean debit = line.side() == Side.DEBIT;
            if (debit) {
                debits = debits.add(line.amount().amount());
            } else {
                credits = credits.add(line.amount().amount());
            }
            entry.lines.add(new JournalLine(++lineNo, line));
        }
        if (debits.signum() == 0 || debits.compareTo(credits) != 0) {
            throw new DomainRuleViolation(
                    "unbalanced-entry",
                    "a journal entry must balance: debits " + debits.toPlainString() + ", credits "
                            + credits.toPlainString());
        }
        entry.date = draft.date();
        entry.period = periodOf(draft.date());
        entry.kind = draft.kind();
        entry.description = draft.description();
        entry.sourceRef = draft.sourceRef();
        entry.reverses = reverses;
        entry.totalDebit = debits;
        entry.totalCredit = credits;
        entry.postedBy = postedBy;
        entry.postedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return entry;
    }

    /** A draft of the entry that cancels this one: the same lines with sides swapped. */
    public JournalEntryDraft reversal(LocalDate on, String reason) {
        List<PostingLine> swapped =
                lines.stream().map(l -> l.toPostingLine(true)).toList();
        return new JournalEntryDraft(
                on, EntryKind.REVERSAL, "Reversal of entry " + id + ": " + reason, "reversal:" + id, swapped);
    }

    public static String periodOf(LocalDate date) {
        return YearMonth.from(date).toString();
    }

    public Long id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public EntryKind kind() {
        return kind;
    }

    public Long reverses() {
        return reverses;
    }

    public List<JournalLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public JournalEntryView view() {
        return new JournalEntryView(
                id,
                date,
                period,
                kind.name(),
                description,
                sourceRef,
                reverses,
                totalDebit,
                postedBy,
                postedAt.toInstant(ZoneOffset.UTC),
                lines.stream()
                        .map(l -> new JournalEntryView.Line(
                                l.lineNo(),
                                l.accountCode(),
                                l.isDebit() ? "DEBIT" : "CREDIT",
                                l.amount(),
                                l.contributorCode(),
                                l.earmark(),
                                l.programmeCode(),
                                l.punoCode(),
                                l.thematicArea(),
                                l.window()))
                        .toList());
    }
}
