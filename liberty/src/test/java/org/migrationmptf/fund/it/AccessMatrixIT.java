package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Object-level authorisation (quality bar R7): every read endpoint of contributions, ledger and audit
 * against every kind of user, with the status each must get. A contributor's user gets 404 (not 403)
 * for another contributor's data, so existence does not leak; every answer is {@code no-store}.
 */
class AccessMatrixIT {

    /** anonymous, deu.donor, nor.donor, officer, approver, finance, iom.reporter, auditor, admin */
    private static final List<String> USERS =
            List.of("", "deu.donor", "nor.donor", "officer", "approver", "finance", "iom.reporter", "auditor", "admin");

    private static final int[] PUBLIC = {200, 200, 200, 200, 200, 200, 200, 200, 200};
    private static final int[] GERMANY_ONLY = {401, 200, 404, 200, 200, 200, 403, 200, 403};
    private static final int[] CONTRIBUTORS_AND_STAFF = {401, 200, 200, 200, 200, 200, 403, 200, 403};
    private static final int[] FINANCE_AND_AUDIT = {401, 403, 403, 403, 403, 200, 403, 200, 403};
    private static final int[] AUDIT = {401, 403, 403, 403, 403, 403, 403, 200, 403};
    private static final int[] STAFF = {401, 403, 403, 200, 200, 200, 403, 200, 403};
    private static final int[] STAFF_AND_PUNOS = {401, 403, 403, 200, 200, 200, 200, 200, 403};
    private static final int[] STAFF_NOT_OTHER_PUNOS = {401, 403, 403, 200, 200, 200, 404, 200, 403};

    static List<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "/api/v1/contributors", PUBLIC);
        add(cases, "/api/v1/contributors/DEU", PUBLIC);
        add(cases, "/api/v1/pledges", PUBLIC);
        add(cases, "/api/v1/exchange-rates?currency=EUR", PUBLIC);
        add(cases, "/api/v1/contributors/DEU/agreements", GERMANY_ONLY);
        add(cases, "/api/v1/contributors/DEU/deposits", GERMANY_ONLY);
        add(cases, "/api/v1/contributors/DEU/statement.pdf", GERMANY_ONLY);
        add(cases, "/api/v1/contributors/DEU/statement.csv", GERMANY_ONLY);
        add(cases, "/api/v1/contributors/DEU/programmes", GERMANY_ONLY);
        add(cases, "/api/v1/agreements/1", GERMANY_ONLY);
        add(cases, "/api/v1/agreements/1/deposits", GERMANY_ONLY);
        add(cases, "/api/v1/deposits/1", GERMANY_ONLY);
        add(cases, "/api/v1/deposits", CONTRIBUTORS_AND_STAFF);
        add(cases, "/api/v1/ledger/trial-balance", FINANCE_AND_AUDIT);
        add(cases, "/api/v1/ledger/entries", FINANCE_AND_AUDIT);
        add(cases, "/api/v1/ledger/periods", FINANCE_AND_AUDIT);
        add(cases, "/api/v1/audit-events", AUDIT);
        add(cases, "/api/v1/audit-events/verification", AUDIT);
        add(cases, "/api/v1/decisions", STAFF);
        add(cases, "/api/v1/concept-notes", STAFF);
        add(cases, "/api/v1/concept-notes/" + Grants.conceptNote(), STAFF);
        add(cases, "/api/v1/programmes", STAFF_AND_PUNOS);
        add(
                cases,
                "/api/v1/programmes/"
                        + Grants.pipelineProgramme("TA2", List.of(Grants.line("IOM", "1", 2026, "10.00"))),
                STAFF_AND_PUNOS);
        add(
                cases,
                "/api/v1/programmes/"
                        + Grants.pipelineProgramme("TA2", List.of(Grants.line("UNDP", "1", 2026, "10.00"))),
                STAFF_NOT_OTHER_PUNOS);
        add(cases, "/api/v1/allocations", STAFF);
        add(cases, "/api/v1/allocations/available", STAFF);
        add(cases, "/api/v1/transfer-instructions", STAFF);
        add(cases, "/api/v1/transfers", STAFF);
        add(cases, "/api/v1/refunds", STAFF);
        add(cases, "/api/v1/puno-interest", STAFF);
        add(cases, "/api/v1/direct-costs", STAFF);
        add(cases, "/api/v1/expenditure-reports", STAFF_AND_PUNOS);
        add(cases, "/api/v1/public/funding-status", PUBLIC);
        add(cases, "/api/v1/public/programmes-by-area?asOf=2026-06-30", PUBLIC);
        add(cases, "/api/v1/reports/funding-status", STAFF);
        add(cases, "/api/v1/reports/funding-status.pdf?asOf=2024-06-30", STAFF);
        add(cases, "/api/v1/reports/funding-status.xlsx?asOf=2024-06-30", STAFF);
        add(cases, "/api/v1/reports/funding-status.csv?asOf=2024-06-30&lang=fr", STAFF);
        add(cases, "/api/v1/reports/register", STAFF);
        add(cases, "/api/v1/iati/activities.xml", STAFF);
        add(cases, "/api/v1/reports/annual/2025.pdf", STAFF);
        add(cases, "/api/v1/reports/annual/2025.json", STAFF);
        add(cases, "/api/v1/reports/audit-trail.pdf?from=2026-01-01&to=2026-01-31", AUDIT);
        add(cases, "/api/v1/reports/audit-export.zip?from=2026-01-01&to=2026-01-31", FINANCE_AND_AUDIT);
        add(cases, "/api/v1/iati/organisation.xml", STAFF);
        add(cases, "/api/v1/reports/money-trail?contributor=DEU", GERMANY_ONLY);
        add(cases, "/api/v1/reports/money-trail.csv?contributor=DEU", GERMANY_ONLY);
        add(cases, "/api/v1/reports/money-trail?area=TA1", CONTRIBUTORS_AND_STAFF);
        return cases;
    }

    private static void add(List<Arguments> cases, String path, int[] expected) {
        for (int i = 0; i < USERS.size(); i++) {
            cases.add(Arguments.of(path, USERS.get(i).isEmpty() ? "anonymous" : USERS.get(i), expected[i]));
        }
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachUserGetsExactlyWhatItsRoleAllows(String path, String user, int expected) {
        HttpResponse<String> response = user.equals("anonymous") ? FundServer.get(path) : FundServer.getAs(user, path);

        assertThat(response.statusCode())
                .as(path + " as " + user + ": " + response.body())
                .isEqualTo(expected);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        if (expected >= 400) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(response.body()).doesNotContain("Germany").doesNotContain("MIG-DEU");
        }
    }
}
