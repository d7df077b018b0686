package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every API error is RFC 9457 problem+json, whoever raised it (JAX-RS, the container, security). */
class ErrorContractIT {

    @Test
    void withoutCredentialsAProtectedEndpointAnswers401WithAChallenge() {
        HttpResponse<String> response = FundServer.get("/api/v1/ledger/accounts");

        assertProblem(response, 401, "/api/v1/ledger/accounts");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
    }

    @Test
    void aWrongPasswordAnswers401AndNeverReachesTheResource() {
        HttpResponse<String> response =
                FundServer.send(FundServer.requestAs("finance", "not-the-password", "/api/v1/ledger/accounts")
                        .GET());

        assertProblem(response, 401, "/api/v1/ledger/accounts");
        assertThat(response.body()).doesNotContain("Cash with the Administrative Agent");
    }

    @Test
    void aContributorCannotReachAnAdministrativeAgentFinanceEndpoint() {
        HttpResponse<String> response = FundServer.getAs("deu.donor", "/api/v1/ledger/accounts");

        assertProblem(response, 403, "/api/v1/ledger/accounts");
        assertThat(response.body()).doesNotContain("Cash with the Administrative Agent");
    }

    @ParameterizedTest(name = "{0} reads the chart of accounts")
    @CsvSource({"finance", "auditor"})
    void financeAndAuditorsReadTheChartOfAccounts(String user) {
        HttpResponse<String> response = FundServer.getAs(user, "/api/v1/ledger/accounts");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(FundServer.array(response).getJsonObject(0).getString("name"))
                .isEqualTo("Cash with the Administrative Agent");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void anUnknownPathIs404() {
        assertProblem(FundServer.get("/api/v1/no-such-thing"), 404, "/api/v1/no-such-thing");
    }

    @Test
    void anUnsupportedMethodIs405() {
        HttpResponse<String> response = FundServer.send(FundServer.request("/api/v1/thematic-areas")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertProblem(response, 405, "/api/v1/thematic-areas");
    }

    @Test
    void anUnacceptableMediaTypeIs406() {
        HttpResponse<String> response = FundServer.send(FundServer.request("/api/v1/currencies")
                .header("Accept", "text/csv")
                .GET());

        assertProblem(response, 406, "/api/v1/currencies");
    }

    @Test
    void theCallerSeesWhoItIs() {
        JsonObject me = FundServer.object(FundServer.getAs("nor.donor", "/api/v1/me"));

        assertThat(me.getString("username")).isEqualTo("nor.donor");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("CONTRIBUTOR");
        assertThat(me.getString("contributor")).isEqualTo("NOR");
    }

    @Test
    void aProblemStaysEnglishForAFrenchSpeakingClientAndSaysSo() {
        HttpResponse<String> response =
                FundServer.send(FundServer.requestAs("nor.donor", "/api/v1/agreements/999999999")
                        .header("Accept-Language", "fr-FR,fr;q=0.9")
                        .GET());

        assertProblem(response, 404, "/api/v1/agreements/999999999");
        assertThat(FundServer.object(response).getString("title")).isEqualTo("Not Found");
    }

    static void assertProblem(HttpResponse<String> response, int status, String instance) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Content-Language"))
                .as("problems are English")
                .contains("en");
        JsonObject problem = FundServer.object(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type")).startsWith("https://");
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("instance")).isEqualTo(instance);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
