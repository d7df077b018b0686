package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.access.api.SignIn;
import org.migrationmptf.fund.reference.api.GcmObjectiveView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reference.api.ThematicAreaView;

/**
 * Runs inside Liberty (Arquillian), next to the application, on the same data source: the migrations
 * applied, the reference data equal to the published CSV files row by row, JPA mappings, the
 * database's own constraints, and the password store.
 *
 * <p>The deployment is the real WAR plus this class, deployed beside the running application, so the
 * test exercises exactly what ships.
 */
@ExtendWith(ArquillianExtension.class)
class InContainerIT {

    private static final String DEMO_PASSWORD = "demo-pass-2026";

    @Deployment
    static WebArchive deployment() {
        File war = new File(System.getProperty("it.war", "../fund-web/target/fund-web.war"));
        WebArchive app = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        return ShrinkWrap.create(WebArchive.class, "fund-in-container-it.war")
                .merge(app)
                .addClasses(InContainerIT.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class))
                .addAsResource("reference-csv/gcm-objectives.csv")
                .addAsResource("reference-csv/guiding-principles.csv")
                .addAsResource("reference-csv/thematic-areas.csv")
                .addAsResource("reference-csv/undg-budget-categories.csv");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Resource(lookup = "jdbc/fundDS")
    DataSource dataSource;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    Authenticator authenticator;

    @Test
    void everyMigrationOfEveryDomainAppliedSuccessfully() throws SQLException {
        List<String> scripts =
                strings("SELECT \"script\" FROM \"flyway_schema_history\" WHERE \"success\" = " + sqlTrue());
        assertThat(scripts)
                .contains(
                        "V2026_11_24_0101__reference_tables.sql",
                        "V2026_11_24_0102__reference_data.sql",
                        "V2026_11_24_0201__user_accounts.sql",
                        "V2026_11_24_0301__chart_of_accounts.sql");
        assertThat(strings("SELECT \"script\" FROM \"flyway_schema_history\" WHERE \"success\" <> " + sqlTrue()))
                .isEmpty();
        assertThat(strings("SELECT \"script\" FROM \"flyway_demo_history\" WHERE \"success\" = " + sqlTrue()))
                .contains("V1__demo_users.sql");
    }

    @Test
    void gcmObjectivesEqualThePublishedList() throws Exception {
        List<String> expected = csv("gcm-objectives.csv").stream()
                .map(r -> r.get(0) + "|" + r.get(1))
                .toList();
        assertThat(expected).hasSize(23);
        assertThat(strings("SELECT objective_no, title FROM gcm_objective ORDER BY objective_no"))
                .containsExactlyElementsOf(expected);
        assertThat(catalog.gcmObjectives()).extracting(GcmObjectiveView::number).hasSize(23);
    }

    @Test
    void thematicAreasAndTheirObjectivesEqualThePublishedClustering() throws Exception {
        List<List<String>> rows = csv("thematic-areas.csv");
        assertThat(rows).hasSize(5);
        List<ThematicAreaView> areas = catalog.thematicAreas();
        assertThat(areas).extracting(ThematicAreaView::code).containsExactly("TA1", "TA2", "TA3", "TA4", "TA5");
        for (int i = 0; i < rows.size(); i++) {
            ThematicAreaView area = areas.get(i);
            assertThat(area.code()).isEqualTo(rows.get(i).get(0));
            assertThat(area.name()).isEqualTo(rows.get(i).get(1));
            assertThat(area.objectives().stream()
                            .map(o -> String.valueOf(o.number()))
                            .collect(Collectors.joining(";")))
                    .isEqualTo(rows.get(i).get(2));
        }
    }

    @Test
    void guidingPrinciplesAndBudgetCategoriesEqualThePublishedLists() throws Exception {
        assertThat(strings("SELECT code, name FROM guiding_principle ORDER BY sort_order"))
                .containsExactlyElementsOf(csv("guiding-principles.csv").stream()
                        .map(r -> r.get(0) + "|" + r.get(1))
                        .toList());
        assertThat(strings("SELECT code, name FROM budget_category ORDER BY sort_order"))
                .containsExactlyElementsOf(csv("undg-budget-categories.csv").stream()
                        .map(r -> r.get(0) + "|" + r.get(1))
                        .toList());
        assertThat(strings("SELECT code FROM budget_category WHERE direct_cost = " + sqlFalse()))
                .containsExactly("ISC");
    }

    @Test
    void currenciesAndParticipatingOrganizationsAreSeeded() {
        assertThat(catalog.currencies())
                .extracting(c -> c.code() + ":" + c.minorUnits())
                .contains("USD:2", "EUR:2", "GBP:2", "NOK:2", "SEK:2", "DKK:2", "CHF:2", "JPY:0");
        assertThat(catalog.participatingOrganizations())
                .extracting(o -> o.acronym())
                .containsExactlyInAnyOrder(
                        "IOM",
                        "UNDP",
                        "UNICEF",
                        "ILO",
                        "UNHCR",
                        "UNODC",
                        "UN Women",
                        "OHCHR",
                        "WHO",
                        "UNFPA",
                        "UNEP",
                        "FAO",
                        "UN-Habitat",
                        "UNESCO",
                        "UN DESA");
        assertThat(catalog.participatingOrganizations())
                .allSatisfy(o -> assertThat(o.indirectCostRate()).isEqualByComparingTo("0.07"));
    }

    @Test
    void theDatabaseItselfRefusesAnUnknownRoleAndAnIndirectCostRateAboveSevenPercent() {
        assertThatThrownBy(() -> execute("INSERT INTO user_role (username, role_name) VALUES ('auditor', 'SUPERUSER')"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("UPDATE participating_organization SET isc_rate = 0.08 WHERE code = 'IOM'"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("INSERT INTO thematic_area_objective (thematic_area_code, objective_no)"
                        + " VALUES ('TA1', 99)"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void passwordsAreStoredOnlyAsPbkdf2HashesAndVerifiedAgainstThem() throws SQLException {
        List<String> hashes = strings("SELECT password_hash FROM user_account");
        assertThat(hashes).isNotEmpty().allSatisfy(h -> assertThat(h)
                .matches("pbkdf2-sha256\\$600000\\$[^$]+\\$[^$]+"));
        assertThat(hashes).doesNotContain(DEMO_PASSWORD);

        assertThat(authenticator.signIn("finance", DEMO_PASSWORD.toCharArray(), "in-container"))
                .isInstanceOfSatisfying(
                        SignIn.Accepted.class,
                        a -> assertThat(a.user().roleNames()).containsExactly("AA_FINANCE"));
        assertThat(authenticator.signIn("finance", "demo-pass-2025".toCharArray(), "in-container"))
                .isInstanceOf(SignIn.Refused.class);
        assertThat(authenticator.signIn("FINANCE", DEMO_PASSWORD.toCharArray(), "in-container"))
                .isInstanceOf(SignIn.Refused.class);
        assertThat(authenticator.signIn("deu.donor", DEMO_PASSWORD.toCharArray(), "in-container"))
                .isInstanceOfSatisfying(
                        SignIn.Accepted.class,
                        a -> assertThat(a.user().contributor()).contains("DEU"));
    }

    private String sqlTrue() throws SQLException {
        return isDerby() ? "TRUE" : "true";
    }

    private String sqlFalse() throws SQLException {
        return isDerby() ? "FALSE" : "false";
    }

    private boolean isDerby() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().contains("Derby");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    /** Each row as its columns joined by '|'. */
    private List<String> strings(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getObject(i)).trim());
                }
                rows.add(String.join("|", values));
            }
            return rows;
        }
    }

    /** The data rows of a reference CSV (RFC 4180 quoting), without the header. */
    private static List<List<String>> csv(String name) throws IOException {
        try (InputStream in = InContainerIT.class.getResourceAsStream("/reference-csv/" + name);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(InContainerIT::fields)
                    .toList();
        }
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
