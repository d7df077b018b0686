package org.migrationmptf.fund.ledger.api;

import java.util.Objects;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.Money;

/**
 * One line of a journal entry to be posted: an account, a side, a positive US dollar amount, and the
 * contributor and earmark it belongs to where that matters (contributions are kept by both).
 */
public record PostingLine(String accountCode, Side side, Money amount, String contributorCode, String earmark) {

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

    public static PostingLine debit(String account, Money amount) {
        return new PostingLine(account, Side.DEBIT, amount, null, null);
    }

    public static PostingLine credit(String account, Money amount) {
        return new PostingLine(account, Side.CREDIT, amount, null, null);
    }

    public PostingLine forContributor(String contributor, String earmarkCode) {
        return new PostingLine(accountCode, side, amount, contributor, earmarkCode);
    }
}
