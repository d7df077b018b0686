package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input anywhere answers 4xx problem+json, never 500 and never a partial write (quality bar R8): a
 * corpus of broken bodies, query parameters and headers replayed against the money endpoints.
 */
class BadInputIT {

    record Case(String name, String method, String path, String contentType, String body, int expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> corpus() {
        long agreement = ContributionsIT.agreement("DEU", "2026-01-05", "USD", "100.00", "2026-02-28");
        String deposits = "/api/v1/agreements/" + agreement + "/deposits";
        String agreements = "/api/v1/contributors/DEU/agreements";
        String good = "{\"receivedOn\":\"2026-01-20\",\"amount\":1.00,\"currency\":\"USD\"}";
        return List.of(
                new Case("deposit: not JSON", "POST", deposits, "application/json", "{amount:", 400),
                new Case(
                        "deposit: amount as text",
                        "POST",
                        deposits,
                        "application/json",
                        "{\"receivedOn\":\"2026-01-20\",\"amount\":\"ten\",\"currency\":\"USD\"}",
                        400),
                new Case(
                        "deposit: three decimals",
                        "POST",
                        deposits,
                        "application/json",
                        "{\"receivedOn\":\"2026-01-20\",\"amount\":1.005,\"currency\":\"USD\"}",
                        400),
                new Case(
                        "deposit: negative",
                        "POST",
                        deposits,
                        "application/json",
                        "{\"receivedOn\":\"2026-01-20\",\"amount\":-5,\"currency\":\"USD\"}",
                        400),
                new Case(
                        "deposit: 1e30",
                        "POST",
                        deposits,
                        "application/json",
                        "{\"receivedOn\":\"2026-01-20\",\"amount\":1e30,\"currency\":\"USD\"}",
                        400),
                new Case(
                        "deposit: no date",
                        "POST",
                        deposits,
                        "application/json",
                        "{\"amount\":1.00,\"currency\":\"USD\"}",
                        400),
                new Case(
                        "deposit: 30 February",
                        "POST",
                        deposits,
                        "application/json",
                        "{\"receivedOn\":\"2026-02-30\",\"amount\":1.00,\"currency\":\"USD\"}",
                        400),
                new Case(
                        "deposit: currency not ISO",
                        "POST",
                        deposits,
                        "application/json",
                        "{\"receivedOn\":\"2026-01-20\",\"amount\":1.00,\"currency\":\"dollars\"}",
                        400),
                new Case(
                        "deposit: another currency",
                        "POST",
                        deposits,
                        "application/json",
                        "{\"receivedOn\":\"2026-01-20\",\"amount\":1.00,\"currency\":\"EUR\"}",
                        422),
                new Case(
                        "deposit: before signature",
                        "POST",
                        deposits,
                        "application/json",
                        "{\"receivedOn\":\"2025-12-31\",\"amount\":1.00,\"currency\":\"USD\"}",
                        422),
                new Case(
                        "deposit: in the future",
                        "POST",
                        deposits,
                        "application/json",
                        "{\"receivedOn\":\"2099-01-01\",\"amount\":1.00,\"currency\":\"USD\"}",
                        422),
                new Case("deposit: text/plain", "POST", deposits, "text/plain", good, 415),
                new Case(
                        "deposit: unknown agreement",
                        "POST",
                        "/api/v1/agreements/999999999/deposits",
                        "application/json",
                        good,
                        404),
                new Case(
                        "agreement: earmark without code",
                        "POST",
                        agreements,
                        "application/json",
                        "{\"reference\":\"X-EARMARK\",\"signedOn\":\"2026-01-05\",\"currency\":\"USD\",\"committed\":10.00,"
                                + "\"earmarkKind\":\"THEMATIC_AREA\",\"schedule\":[{\"dueOn\":\"2026-02-01\",\"amount\":10.00}]}",
                        422),
                new Case(
                        "agreement: schedule short of the commitment",
                        "POST",
                        agreements,
                        "application/json",
                        "{\"reference\":\"X-SCHEDULE\",\"signedOn\":\"2026-01-05\",\"currency\":\"USD\",\"committed\":10.00,"
                                + "\"earmarkKind\":\"UNEARMARKED\",\"schedule\":[{\"dueOn\":\"2026-02-01\",\"amount\":9.99}]}",
                        422),
                new Case(
                        "agreement: unknown window",
                        "POST",
                        agreements,
                        "application/json",
                        "{\"reference\":\"X-WIN\",\"signedOn\":\"2026-01-05\",\"currency\":\"USD\",\"committed\":10.00,"
                                + "\"fundWindow\":\"NOWHERE\",\"earmarkKind\":\"UNEARMARKED\","
                                + "\"schedule\":[{\"dueOn\":\"2026-02-01\",\"amount\":10.00}]}",
                        422),
                new Case(
                        "amendment: zero",
                        "POST",
                        "/api/v1/agreements/1/amendments",
                        "application/json",
                        "{\"signedOn\":\"2026-01-21\",\"change\":0,\"reason\":\"nothing\"}",
                        422),
                new Case(
                        "agreement: unknown currency",
                        "POST",
                        agreements,
                        "application/json",
                        "{\"reference\":\"X-CUR\",\"signedOn\":\"2026-01-05\",\"currency\":\"ZZZ\",\"committed\":10.00,"
                                + "\"earmarkKind\":\"UNEARMARKED\",\"schedule\":[{\"dueOn\":\"2026-02-01\",\"amount\":10.00}]}",
                        422),
                new Case(
                        "agreement: unknown contributor",
                        "POST",
                        "/api/v1/contributors/XXX/agreements",
                        "application/json",
                        "{\"reference\":\"X-WHO\",\"signedOn\":\"2026-01-05\",\"currency\":\"USD\",\"committed\":10.00,"
                                + "\"earmarkKind\":\"UNEARMARKED\",\"schedule\":[{\"dueOn\":\"2026-02-01\",\"amount\":10.00}]}",
                        422),
                new Case("rates: empty file", "POST", "/api/v1/exchange-rates", "text/csv", "", 400),
                new Case(
                        "rates: wrong header",
                        "POST",
                        "/api/v1/exchange-rates",
                        "text/csv",
                        "a,b,c\nEUR,2026-01,1\n",
                        400),
                new Case(
                        "rates: USD",
                        "POST",
                        "/api/v1/exchange-rates",
                        "text/csv",
                        "currency,month,units_per_usd\nUSD,2018-04,1.000000\n",
                        400),
                new Case(
                        "rates: negative",
                        "POST",
                        "/api/v1/exchange-rates",
                        "text/csv",
                        "currency,month,units_per_usd\nEUR,2018-04,-0.9\n",
                        400),
                new Case(
                        "rates: seven decimals",
                        "POST",
                        "/api/v1/exchange-rates",
                        "text/csv",
                        "currency,month,units_per_usd\nEUR,2018-04,0.9000001\n",
                        400),
                new Case(
                        "trial balance: bad date",
                        "GET",
                        "/api/v1/ledger/trial-balance?asOf=yesterday",
                        null,
                        null,
                        400),
                new Case("deposits: limit 0", "GET", "/api/v1/deposits?limit=0", null, null, 400),
                new Case("deposits: limit huge", "GET", "/api/v1/deposits?limit=100000", null, null, 400),
                new Case("deposits: bad sort", "GET", "/api/v1/deposits?sort=password", null, null, 400),
                new Case("deposits: bad status", "GET", "/api/v1/deposits?status=DELETED", null, null, 400),
                new Case("deposits: bad order", "GET", "/api/v1/deposits?order=sideways", null, null, 400),
                new Case("contributors: bad sort", "GET", "/api/v1/contributors?sort=x", null, null, 400),
                new Case("period: not a month", "POST", "/api/v1/ledger/periods/2026-13/closure", null, "", 400),
                new Case("period: not ended", "POST", "/api/v1/ledger/periods/2099-01/closure", null, "", 422),
                new Case(
                        "verification: bad If-Match",
                        "POST",
                        "/api/v1/deposits/1/verification#if-match",
                        null,
                        "",
                        400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersAClear4xxProblemAndWritesNothing(Case c) {
        String path = c.path().replace("#if-match", "");
        HttpRequest.Builder request =
                FundServer.requestAs("finance", path).header("Idempotency-Key", ContributionsIT.key());
        if (c.path().endsWith("#if-match")) {
            request.header("If-Match", "seven");
        }
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.method(
                c.method(),
                c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(c.body()));
        long auditBefore = auditCount();
        long entriesBefore = entryCount();

        HttpResponse<String> response = FundServer.send(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(c.expected());
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(entryCount()).as("no journal entry written").isEqualTo(entriesBefore);
        assertThat(auditCount()).as("only refusals of rules are audited").isBetween(auditBefore, auditBefore + 1);
    }

    private static long auditCount() {
        return FundServer.object(FundServer.getAs("auditor", "/api/v1/audit-events?limit=1"))
                .getJsonNumber("total")
                .longValue();
    }

    private static long entryCount() {
        return FundServer.object(FundServer.getAs("auditor", "/api/v1/ledger/entries?limit=1"))
                .getJsonNumber("total")
                .longValue();
    }
}
