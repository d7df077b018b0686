package org.migrationmptf.fund.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The movements of one account for one combination of dimensions, maintained with every posting:
 * contributor, earmark, programme, PUNO, thematic area and fund window, each the empty string where a line has
 * none (so that the key is never NULL and stays unique on every database).
 */
@Entity
@Table(name = "ledger_position")
@IdClass(DimensionBalance.Key.class)
public class DimensionBalance {

    @Id
    @Column(name = "account_code")
    private String accountCode;

    @Id
    @Column(name = "contributor_code")
    private String contributor;

    @Id
    @Column(name = "earmark")
    private String earmark;

    @Id
    @Column(name = "programme_code")
    private String programme;

    @Id
    @Column(name = "puno_code")
    private String puno;

    @Id
    @Column(name = "thematic_area")
    private String thematicArea;

    @Id
    @Column(name = "fund_window")
    private String window;

    @Column(name = "debit_total", nullable = false)
    private BigDecimal debitTotal;

    @Column(name = "credit_total", nullable = false)
    private BigDecimal creditTotal;

    protected DimensionBalance() {}

    /** The key a journal line's movements are kept under. */
    public static Key keyOf(JournalLine line) {
        return new Key(List.of(
                line.accountCode(),
                blank(line.contributorCode()),
                blank(line.earmark()),
                blank(line.programmeCode()),
                blank(line.punoCode()),
                blank(line.thematicArea()),
                blank(line.window())));
    }

    public static DimensionBalance empty(Key key) {
        DimensionBalance balance = new DimensionBalance();
        balance.accountCode = key.accountCode;
        balance.contributor = key.contributor;
        balance.earmark = key.earmark;
        balance.programme = key.programme;
        balance.puno = key.puno;
        balance.thematicArea = key.thematicArea;
        balance.window = key.window;
        balance.debitTotal = BigDecimal.ZERO.setScale(2);
        balance.creditTotal = BigDecimal.ZERO.setScale(2);
        return balance;
    }

    public void add(JournalLine line) {
        if (line.isDebit()) {
            debitTotal = debitTotal.add(line.amount());
        } else {
            creditTotal = creditTotal.add(line.amount());
        }
    }

    private static String blank(String dimension) {
        return dimension == null ? "" : dimension;
    }

    /** The composite key: the account and the six dimensions. */
    public static class Key implements Serializable {
        private String accountCode;
        private String contributor;
        private String earmark;
        private String programme;
        private String puno;
        private String thematicArea;
        private String window;

        public Key() {}

        Key(List<String> parts) {
            accountCode = parts.get(0);
            contributor = parts.get(1);
            earmark = parts.get(2);
            programme = parts.get(3);
            puno = parts.get(4);
            thematicArea = parts.get(5);
            window = parts.get(6);
        }

        private List<String> parts() {
            return List.of(accountCode, contributor, earmark, programme, puno, thematicArea, window);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && parts().equals(k.parts());
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountCode, contributor, earmark, programme, puno, thematicArea, window);
        }
    }
}
