package org.migrationmptf.fund.ledger.api;

import java.util.Objects;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.Money;

/**
 * One line of a journal entry to be posted: an account, a side, a positive US dollar amount, and the
 * dimensions it belongs to where they matter: the contributor and earmark of contributions, and the
 * joint programme, PUNO and thematic area of the grant side (allocations, transfers, refunds), and
 * the fund window the money belongs to.
 * Every dimension is kept on the line and in the maintained positions ({@link LedgerPositions}).
 */
public record PostingLine(
        String accountCode,
        Side side,
        Money amount,
        String contributorCode,
        String earmark,
        String programmeCode,
        String punoCode,
        String thematicArea,
        String window) {

    public PostingLine {
        Objects.requireNonNull(accountCode, "accountCode");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
        if (!amount.currency().equals(CurrencyCode.USD)) {
            throw new IllegalArgumentException("the ledger is kept in US dollars, not " + amount.currency());
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a journal line amount must be positive");
        }
    }

    public PostingLine(String accountCode, Side side, Money amount, String contributorCode, String earmark) {
        this(accountCode, side, amount, contributorCode, earmark, null, null, null, null);
    }

    public static PostingLine debit(String account, Money amount) {
        return new PostingLine(account, Side.DEBIT, amount, null, null);
    }

    public static PostingLine credit(String account, Money amount) {
        return new PostingLine(account, Side.CREDIT, amount, null, null);
    }

    public PostingLine forContributor(String contributor, String earmarkCode) {
        return new PostingLine(
                accountCode, side, amount, contributor, earmarkCode, programmeCode, punoCode, thematicArea, window);
    }

    /** The same line, kept by joint programme, Participating UN Organization and thematic area. */
    public PostingLine forGrant(String programme, String puno, String area) {
        return new PostingLine(accountCode, side, amount, contributorCode, earmark, programme, puno, area, window);
    }

    /** The same line, kept in this fund window. */
    public PostingLine inWindow(String fundWindow) {
        return new PostingLine(
                accountCode, side, amount, contributorCode, earmark, programmeCode, punoCode, thematicArea, fundWindow);
    }
}
