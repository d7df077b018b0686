package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.ChainVerification;
import org.migrationmptf.fund.ledger.api.Ledger;

/**
 * Inside Liberty, on the application's own data source: the database refuses to change the journal
 * and the audit trail, every entry balances line by line, the maintained balances equal a full scan
 * of the journal, and a row altered behind the application's back is named by the chain verification.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIntegrityIT {

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("it.war", "../fund-web/target/fund-web.war"));
        return ShrinkWrap.create(WebArchive.class, "fund-ledger-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClasses(LedgerIntegrityIT.class)
                .addAsLibraries(new File(org.assertj.core.api.Assertions.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath()));
    }

    @Resource(lookup = "jdbc/fundDS")
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    Ledger ledger;

    @Test
    void theDatabaseRefusesToChangeTheJournalTheAuditTrailAndPostedDeposits() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "UPDATE journal_line SET amount = amount + 1 WHERE entry_id = (SELECT MIN(id) FROM journal_entry)",
                    "DELETE FROM journal_line WHERE entry_id = (SELECT MIN(id) FROM journal_entry)",
                    "UPDATE journal_entry SET description = 'changed' WHERE id = (SELECT MIN(id) FROM journal_entry)",
                    "DELETE FROM audit_event WHERE seq = 1",
                    "UPDATE audit_event SET actor = 'someone' WHERE seq = 1",
                    "UPDATE deposit SET amount = amount + 1 WHERE status = 'POSTED'",
                    "DELETE FROM deposit WHERE status = 'POSTED'")) {
                assertThatThrownBy(() -> s.executeUpdate(sql))
                        .as(sql)
                        .isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?s).*(append-only|posted and final).*");
            }
        }
    }

    @Test
    void everyJournalEntryBalancesLineByLine() throws SQLException {
        List<Long> unbalanced = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT entry_id FROM journal_line GROUP BY entry_id"
                        + " HAVING SUM(CASE WHEN side = 'D' THEN amount ELSE -amount END) <> 0")) {
            while (rs.next()) {
                unbalanced.add(rs.getLong(1));
            }
        }
        assertThat(unbalanced).isEmpty();
    }

    @Test
    void theMaintainedBalancesEqualAFullScanOfTheJournalAtAnyDate() {
        for (LocalDate asOf : List.of(
                LocalDate.of(2019, 12, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2025, 12, 31), LocalDate.now())) {
            assertThat(ledger.trialBalance(asOf)).as("as of " + asOf).isEqualTo(ledger.trialBalanceFromJournal(asOf));
        }
    }

    @Test
    void theMaintainedPositionsByDimensionEqualAFullScanOfTheJournal() throws SQLException {
        String key =
                "account_code || '|' || contributor || '|' || earmark || '|' || programme || '|' || puno || '|' || area"
                        + " || '|' || fw";
        Map<String, String> scanned = sums("SELECT " + key + ", SUM(d), SUM(c) FROM (SELECT account_code,"
                + " COALESCE(contributor_code, '') AS contributor, COALESCE(earmark, '') AS earmark,"
                + " COALESCE(programme_code, '') AS programme, COALESCE(puno_code, '') AS puno,"
                + " COALESCE(thematic_area, '') AS area, COALESCE(fund_window, '') AS fw, CASE WHEN side = 'D' THEN amount ELSE 0 END AS d,"
                + " CASE WHEN side = 'C' THEN amount ELSE 0 END AS c FROM journal_line) l"
                + " GROUP BY account_code, contributor, earmark, programme, puno, area, fw");
        Map<String, String> maintained = sums("SELECT account_code || '|' || contributor_code || '|' || earmark || '|'"
                + " || programme_code || '|' || puno_code || '|' || thematic_area || '|' || fund_window, debit_total,"
                + " credit_total"
                + " FROM ledger_position");

        assertThat(scanned).isNotEmpty();
        assertThat(maintained).isEqualTo(scanned);
    }

    private Map<String, String> sums(String sql) throws SQLException {
        Map<String, String> sums = new java.util.TreeMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                sums.put(
                        rs.getString(1).trim(),
                        rs.getBigDecimal(2).setScale(2) + " / "
                                + rs.getBigDecimal(3).setScale(2));
            }
        }
        return sums;
    }

    @Test
    void alteringOneAuditRowMakesTheVerificationNameThatRow() throws SQLException {
        assertThat(audit.verify().intact()).isTrue();
        long seq;
        String original;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT seq, detail FROM audit_event WHERE seq = (SELECT MAX(seq) / 2 FROM audit_event)")) {
            assertThat(rs.next()).isTrue();
            seq = rs.getLong(1);
            original = rs.getString(2);
        }
        try {
            setDetailBehindTheApplicationsBack(seq, "altered");
            ChainVerification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(seq);
            assertThat(broken.problem()).contains("does not match its hash");
        } finally {
            setDetailBehindTheApplicationsBack(seq, original);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    /** What an attacker with database rights would do: lift the guard, change the row, restore it. */
    private void setDetailBehindTheApplicationsBack(long seq, String detail) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            boolean postgres =
                    c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            if (postgres) {
                s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            } else {
                s.execute("DROP TRIGGER audit_event_no_update");
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE audit_event SET detail = ? WHERE seq = ?")) {
                update.setString(1, detail);
                update.setLong(2, seq);
                assertThat(update.executeUpdate()).isEqualTo(1);
            } finally {
                if (postgres) {
                    s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
                } else {
                    s.execute(
                            "CREATE TRIGGER audit_event_no_update NO CASCADE BEFORE UPDATE ON audit_event"
                                    + " FOR EACH STATEMENT VALUES fund_refuse_change('audit_event is append-only: UPDATE refused')");
                }
            }
        }
    }
}
