package org.migrationmptf.fund.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.migrationmptf.fund.ledger.api.PostingLine;
import org.migrationmptf.fund.ledger.api.Side;
import org.migrationmptf.fund.shared.Money;

/**
 * One line of a journal entry: account, side ('D' or 'C'), a positive USD amount and its dimensions
 * (contributor, earmark, programme, PUNO, thematic area, fund window; each where it applies). Immutable.
 */
@Embeddable
public class JournalLine {

    @Column(name = "line_no", updatable = false)
    private int lineNo;

    @Column(name = "account_code", updatable = false)
    private String accountCode;

    @Column(name = "side", updatable = false)
    private String side;

    @Column(name = "amount", updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "contributor_code", updatable = false)
    private String contributorCode;

    @Column(name = "earmark", updatable = false)
    private String earmark;

    @Column(name = "programme_code", updatable = false)
    private String programmeCode;

    @Column(name = "puno_code", updatable = false)
    private String punoCode;

    @Column(name = "thematic_area", updatable = false)
    private String thematicArea;

    @Column(name = "fund_window", updatable = false)
    private String window;

    protected JournalLine() {}

    JournalLine(int lineNo, PostingLine line) {
        this.lineNo = lineNo;
        this.accountCode = line.accountCode();
        this.side = line.side() == Side.DEBIT ? "D" : "C";
        this.amount = line.amount().amount();
        this.contributorCode = line.contributorCode();
        this.earmark = line.earmark();
        this.programmeCode = line.programmeCode();
        this.punoCode = line.punoCode();
        this.thematicArea = line.thematicArea();
        this.window = line.window();
    }

    /** The line as a draft line, its side swapped if {@code swap}: a reversal's line. */
    PostingLine toPostingLine(boolean swap) {
        Side posted = isDebit() ? Side.DEBIT : Side.CREDIT;
        Side s = swap ? (posted == Side.DEBIT ? Side.CREDIT : Side.DEBIT) : posted;
        return new PostingLine(
                accountCode,
                s,
                Money.usd(amount.toPlainString()),
                contributorCode,
                earmark,
                programmeCode,
                punoCode,
                thematicArea,
                window);
    }

    public int lineNo() {
        return lineNo;
    }

    public String accountCode() {
        return accountCode;
    }

    public boolean isDebit() {
        return "D".equals(side);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String contributorCode() {
        return contributorCode;
    }

    public String earmark() {
        return earmark;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public String punoCode() {
        return punoCode;
    }

    public String thematicArea() {
        return thematicArea;
    }

    public String window() {
        return window;
    }
}
