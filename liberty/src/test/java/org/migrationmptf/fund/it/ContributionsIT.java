package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmptf.fund.it.ErrorContractIT.assertProblem;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Deposits over HTTP on the real server, with exact amounts: conversion and fee, the commitment
 * limit, four eyes, idempotency, concurrent verification, stale versions, closed periods, rate
 * imports, and what a contributor's user may see. Each test registers its own agreement.
 */
class ContributionsIT {

    // -- conversion, fee, postings --

    @Test
    void aEuroDepositIsConvertedAtTheStatedRateAndTheFeeIsOnePercentRoundedHalfEven() {
        importRates("currency,month,units_per_usd\nEUR,2018-06,0.800000\n");
        long agreement = agreement("DEU", "2018-06-01", "EUR", "1000000.00", "2018-06-30");
        BigDecimal cashBefore = cash("2018-06-30");

        JsonObject deposit = created(record(agreement, "2018-06-15", "987653.20", "EUR", key()));
        // EUR 987,653.20 / 0.800000 = USD 1,234,566.50; 1 % = 12,345.665 -> 12,345.66 half-even
        assertThat(deposit.getJsonNumber("usdAmount").bigDecimalValue()).isEqualByComparingTo("1234566.50");
        assertThat(deposit.getJsonNumber("feeUsd").bigDecimalValue()).isEqualByComparingTo("12345.66");
        assertThat(deposit.getJsonNumber("netUsd").bigDecimalValue()).isEqualByComparingTo("1222220.84");
        assertThat(deposit.getJsonNumber("unitsPerUsd").bigDecimalValue()).isEqualByComparingTo("0.800000");
        assertThat(deposit.getString("rateSource")).isEqualTo("UN_OPERATIONAL");
        assertThat(deposit.getString("rateDate")).isEqualTo("2018-06-01");
        assertThat(deposit.getString("status")).isEqualTo("RECORDED");
        assertThat(cash("2018-06-30")).as("nothing posts before verification").isEqualByComparingTo(cashBefore);

        HttpResponse<String> verified = verify("finance2", deposit.getInt("id"), key());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonObject posted = FundServer.object(verified);
        assertThat(posted.getString("status")).isEqualTo("POSTED");
        assertThat(posted.getString("verifiedBy")).isEqualTo("finance2");

        JsonObject entry = FundServer.object(
                FundServer.getAs("auditor", "/api/v1/ledger/entries/" + posted.getInt("depositEntryId")));
        assertThat(lines(entry)).containsExactly("1100 DEBIT 1234566.50 DEU", "4100 CREDIT 1234566.50 DEU");
        JsonObject fee =
                FundServer.object(FundServer.getAs("auditor", "/api/v1/ledger/entries/" + posted.getInt("feeEntryId")));
        assertThat(lines(fee)).containsExactly("5100 DEBIT 12345.66 DEU", "1100 CREDIT 12345.66 DEU");
        assertThat(cash("2018-06-30").subtract(cashBefore)).isEqualByComparingTo("1222220.84");
    }

    // -- the commitment limit --

    @Test
    void aDepositOverTheCommitmentIs422AndNothingIsWritten() {
        long agreement = agreement("NOR", "2026-01-05", "USD", "1000.00", "2026-02-28");
        created(record(agreement, "2026-01-20", "600.00", "USD", key()));

        HttpResponse<String> over = record(agreement, "2026-01-21", "400.01", "USD", key());

        assertProblem(over, 422, "/api/v1/agreements/" + agreement + "/deposits");
        assertThat(FundServer.object(over).getString("type")).endsWith("/deposit-exceeds-commitment");
        assertThat(FundServer.array(FundServer.getAs("finance", "/api/v1/agreements/" + agreement + "/deposits")))
                .hasSize(1);
        assertThat(lastAuditEvent("ContributionAgreement", agreement))
                .contains("\"outcome\":\"REFUSED\"")
                .contains("deposit-exceeds-commitment");
        created(record(agreement, "2026-01-21", "400.00", "USD", key()));
    }

    @Test
    void anAmendmentRaisesTheRoomAndALoweringBelowTheDepositsIsRefused() {
        long agreement = agreement("NOR", "2026-01-05", "USD", "1000.00", "2026-02-28");
        created(record(agreement, "2026-01-20", "900.00", "USD", key()));
        String etag = FundServer.getAs("finance", "/api/v1/agreements/" + agreement)
                .headers()
                .firstValue("ETag")
                .orElseThrow();

        HttpResponse<String> raised = amend(agreement, "500.00", etag);
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
        JsonObject view = FundServer.object(raised);
        assertThat(view.getJsonNumber("commitment").bigDecimalValue()).isEqualByComparingTo("1500.00");
        assertThat(view.getJsonNumber("remaining").bigDecimalValue()).isEqualByComparingTo("600.00");
        assertThat(view.getString("fundWindow")).isEqualTo("PROGRAMMATIC");
        created(record(agreement, "2026-01-21", "600.00", "USD", key()));

        HttpResponse<String> stale = amend(agreement, "-100.00", etag);
        assertProblem(stale, 412, "/api/v1/agreements/" + agreement + "/amendments");
        HttpResponse<String> lowered = amend(agreement, "-0.01", null);
        assertProblem(lowered, 422, "/api/v1/agreements/" + agreement + "/amendments");
        assertThat(FundServer.object(lowered).getString("type")).endsWith("/amendment-below-deposits");
    }

    private static HttpResponse<String> amend(long agreement, String change, String ifMatch) {
        HttpRequest.Builder request = FundServer.requestAs("finance", "/api/v1/agreements/" + agreement + "/amendments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"signedOn\":\"2026-01-21\",\"change\":" + change
                        + ",\"reason\":\"Amendment by exchange of letters\"}"));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return FundServer.send(request);
    }

    // -- four eyes --

    @Test
    void theMakerCannotVerifyTheirOwnDepositAndTheRefusalIsAudited() {
        long agreement = agreement("DEU", "2026-01-05", "USD", "5000.00", "2026-02-28");
        JsonObject deposit = created(record(agreement, "2026-01-20", "5000.00", "USD", key()));

        HttpResponse<String> same = verify("finance", deposit.getInt("id"), key());

        assertProblem(same, 422, "/api/v1/deposits/" + deposit.getInt("id") + "/verification");
        assertThat(FundServer.object(same).getString("type")).endsWith("/maker-checker");
        assertThat(FundServer.object(FundServer.getAs("finance", "/api/v1/deposits/" + deposit.getInt("id")))
                        .getString("status"))
                .isEqualTo("RECORDED");
        assertThat(lastAuditEvent("Deposit", deposit.getInt("id")))
                .contains("\"actor\":\"finance\"")
                .contains("\"outcome\":\"REFUSED\"")
                .contains("maker-checker");
        assertThat(verify("finance2", deposit.getInt("id"), key()).statusCode()).isEqualTo(200);
    }

    @Test
    void aCheckerRejectsADepositWhichThenNeverPostsAndFreesItsRoom() {
        long agreement = agreement("DEU", "2026-01-05", "USD", "700.00", "2026-02-28");
        int deposit =
                created(record(agreement, "2026-01-20", "700.00", "USD", key())).getInt("id");
        String path = "/api/v1/deposits/" + deposit + "/rejection";

        assertProblem(reject("finance", deposit), 422, path);
        HttpResponse<String> rejected = reject("finance2", deposit);

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(FundServer.object(rejected).getString("status")).isEqualTo("REJECTED");
        assertThat(FundServer.object(rejected).getString("rejectionReason"))
                .isEqualTo("wrong agreement: belongs to MIG-NOR");
        HttpResponse<String> verify = verify("finance2", deposit, key());
        assertProblem(verify, 409, "/api/v1/deposits/" + deposit + "/verification");
        assertThat(FundServer.object(verify).getString("type")).endsWith("/already-rejected");
        created(record(agreement, "2026-01-21", "700.00", "USD", key()));
    }

    private static HttpResponse<String> reject(String user, int deposit) {
        return FundServer.send(FundServer.requestAs(user, "/api/v1/deposits/" + deposit + "/rejection")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"wrong agreement: belongs to MIG-NOR\"}")));
    }

    // -- idempotency --

    @Test
    void aReplayAnswersTheSameAndWritesNothingAndAReusedKeyIs422() {
        long agreement = agreement("DEU", "2026-01-05", "USD", "9000.00", "2026-02-28");
        String key = key();
        HttpResponse<String> first = record(agreement, "2026-01-20", "3000.00", "USD", key);
        long auditEvents = auditCount();

        HttpResponse<String> replay = record(agreement, "2026-01-20", "3000.00", "USD", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(FundServer.array(FundServer.getAs("finance", "/api/v1/agreements/" + agreement + "/deposits")))
                .hasSize(1);
        assertThat(auditCount()).as("a replay writes no audit event either").isEqualTo(auditEvents);

        HttpResponse<String> reused = record(agreement, "2026-01-20", "3000.01", "USD", key);
        assertProblem(reused, 422, "/api/v1/agreements/" + agreement + "/deposits");
        assertThat(FundServer.object(reused).getString("type")).endsWith("/idempotency-key-reused");

        HttpResponse<String> keyless = record(agreement, "2026-01-20", "3000.00", "USD", null);
        assertProblem(keyless, 400, "/api/v1/agreements/" + agreement + "/deposits");
        assertThat(keyless.body()).contains("Idempotency-Key");
    }

    // -- concurrency --

    @Test
    void twoConcurrentVerificationsOfOneDepositPostItOnce() throws Exception {
        long agreement = agreement("NOR", "2026-01-05", "USD", "7000.00", "2026-02-28");
        JsonObject deposit = created(record(agreement, "2026-01-22", "7000.00", "USD", key()));
        BigDecimal cashBefore = cash("2026-01-31");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return verify("finance2", deposit.getInt("id"), key());
            }));
        }
        start.countDown();

        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> racer : racers) {
            statuses.add(racer.get().statusCode());
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        // USD 7,000.00 less the 1 % fee, once
        assertThat(cash("2026-01-31").subtract(cashBefore)).isEqualByComparingTo("6930.00");
    }

    @Test
    void eightConcurrentDepositsOnOneAgreementNeverExceedItsCommitment() throws Exception {
        long agreement = agreement("NOR", "2026-01-05", "USD", "1000.00", "2026-02-28");
        BigDecimal cashBefore = cash("2026-01-31");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return record(agreement, "2026-01-23", "200.00", "USD", key());
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<Integer> created = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> racer : racers) {
            HttpResponse<String> response = racer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 201) {
                created.add(FundServer.object(response).getInt("id"));
            }
        }

        // room for exactly five: no lost update of the agreement's position, no 500
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(3);
        List<CompletableFuture<HttpResponse<String>>> verifications = created.stream()
                .map(id -> CompletableFuture.supplyAsync(() -> verify("finance2", id, key())))
                .toList();
        for (CompletableFuture<HttpResponse<String>> v : verifications) {
            assertThat(v.get().statusCode()).isEqualTo(200);
        }
        JsonObject position = FundServer.object(FundServer.getAs("finance", "/api/v1/agreements/" + agreement));
        assertThat(position.getJsonNumber("deposited").bigDecimalValue()).isEqualByComparingTo("1000.00");
        assertThat(position.getJsonNumber("remaining").bigDecimalValue()).isEqualByComparingTo("0.00");
        // five deposits of USD 200.00, each less its USD 2.00 fee
        assertThat(cash("2026-01-31").subtract(cashBefore)).isEqualByComparingTo("990.00");
    }

    // -- versions --

    @Test
    void aStaleIfMatchIs412WithTheCurrentETagAndTheCurrentOneIsAccepted() {
        long agreement = agreement("DEU", "2026-01-05", "USD", "2000.00", "2026-02-28");
        HttpResponse<String> current = FundServer.getAs("finance", "/api/v1/agreements/" + agreement);
        String etag = current.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> stale = FundServer.send(
                depositRequest(agreement, "2026-01-20", "100.00", "USD", key()).header("If-Match", "\"0\""));
        assertProblem(stale, 412, "/api/v1/agreements/" + agreement + "/deposits");
        assertThat(stale.headers().firstValue("ETag")).contains(etag);
        assertThat(lastAuditEvent("ContributionAgreement", agreement)).contains("stale-version");

        HttpResponse<String> fresh = FundServer.send(
                depositRequest(agreement, "2026-01-20", "100.00", "USD", key()).header("If-Match", etag));
        assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(201);
        assertThat(FundServer.getAs("finance", "/api/v1/agreements/" + agreement)
                        .headers()
                        .firstValue("ETag"))
                .as("recording a deposit moves the agreement's version")
                .isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void aWrongRoleIs403AndTheAttemptIsOnTheAuditTrail() {
        long agreement = agreement("DEU", "2026-01-05", "USD", "300.00", "2026-02-28");
        JsonObject deposit = created(record(agreement, "2026-01-20", "300.00", "USD", key()));
        String path = "/api/v1/deposits/" + deposit.getInt("id") + "/verification";

        HttpResponse<String> denied = FundServer.send(FundServer.requestAs("deu.donor", path)
                .header("Idempotency-Key", key())
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertProblem(denied, 403, path);
        String event = FundServer.object(
                        FundServer.getAs("auditor", "/api/v1/audit-events?subjectType=Endpoint&limit=1"))
                .getJsonArray("items")
                .getJsonObject(0)
                .toString();
        assertThat(event)
                .contains("\"actor\":\"deu.donor\"")
                .contains("\"action\":\"ACCESS_DENIED\"")
                .contains("POST " + path);
    }

    // -- periods --

    @Test
    void nothingIsPostedIntoAClosedPeriod() {
        closePeriod("2018-01");
        long agreement = agreement("DEU", "2018-01-02", "USD", "500.00", "2018-01-31");

        HttpResponse<String> refused = record(agreement, "2018-01-15", "500.00", "USD", key());

        assertProblem(refused, 422, "/api/v1/agreements/" + agreement + "/deposits");
        assertThat(FundServer.object(refused).getString("type")).endsWith("/closed-period");
    }

    // -- rates --

    @Test
    void aRateFileWithOneBadLineImportsNothingAndNamesTheLine() {
        HttpResponse<String> response =
                importRates("currency,month,units_per_usd\nCHF,2018-02,0.930000\nCHF,2018-13,0.9\n");

        assertProblem(response, 400, "/api/v1/exchange-rates");
        assertThat(FundServer.object(response)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("line 3");
        assertThat(FundServer.object(FundServer.get("/api/v1/exchange-rates?currency=CHF&limit=500"))
                        .toString())
                .doesNotContain("2018-02");
    }

    // -- what a contributor may see --

    @Test
    void aContributorsUserGets404ForAnotherContributorsAgreementDepositsAndStatement() {
        long norway = agreement("NOR", "2026-01-05", "USD", "100.00", "2026-02-28");
        JsonObject deposit = created(record(norway, "2026-01-20", "100.00", "USD", key()));

        for (String path : List.of(
                "/api/v1/agreements/" + norway,
                "/api/v1/agreements/" + norway + "/deposits",
                "/api/v1/deposits/" + deposit.getInt("id"),
                "/api/v1/contributors/NOR/agreements",
                "/api/v1/contributors/NOR/deposits",
                "/api/v1/contributors/NOR/statement.pdf")) {
            assertProblem(FundServer.getAs("deu.donor", path), 404, path);
        }
        assertThat(FundServer.getAs("nor.donor", "/api/v1/agreements/" + norway).statusCode())
                .isEqualTo(200);
        assertThat(FundServer.getAs("nor.donor", "/api/v1/contributors/NOR/statement.pdf")
                        .statusCode())
                .isEqualTo(200);
        assertThat(FundServer.object(FundServer.getAs("deu.donor", "/api/v1/deposits?limit=500"))
                        .toString())
                .doesNotContain("\"contributorCode\":\"NOR\"");
        // the public totals stay public
        assertThat(FundServer.get("/api/v1/contributors/NOR").statusCode()).isEqualTo(200);
    }

    // -- helpers --

    static String key() {
        return UUID.randomUUID().toString();
    }

    static long agreement(String contributor, String signedOn, String currency, String amount, String dueOn) {
        String reference = "IT-" + UUID.randomUUID().toString().substring(0, 12);
        String json = "{\"reference\":\"" + reference + "\",\"signedOn\":\"" + signedOn + "\",\"currency\":\""
                + currency + "\",\"committed\":" + amount + ",\"earmarkKind\":\"UNEARMARKED\","
                + "\"schedule\":[{\"dueOn\":\"" + dueOn + "\",\"amount\":" + amount + "}]}";
        HttpResponse<String> response =
                FundServer.send(FundServer.requestAs("finance", "/api/v1/contributors/" + contributor + "/agreements")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return FundServer.object(response).getInt("id");
    }

    static HttpRequest.Builder depositRequest(long agreement, String on, String amount, String currency, String key) {
        HttpRequest.Builder request = FundServer.requestAs("finance", "/api/v1/agreements/" + agreement + "/deposits")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"receivedOn\":\"" + on + "\",\"amount\":" + amount
                        + ",\"currency\":\"" + currency + "\",\"bankReference\":\"IT\"}"));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request;
    }

    static HttpResponse<String> record(long agreement, String on, String amount, String currency, String key) {
        return FundServer.send(depositRequest(agreement, on, amount, currency, key));
    }

    static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return FundServer.object(response);
    }

    static HttpResponse<String> verify(String user, int deposit, String key) {
        return FundServer.send(FundServer.requestAs(user, "/api/v1/deposits/" + deposit + "/verification")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    static HttpResponse<String> importRates(String csv) {
        HttpResponse<String> response = FundServer.send(FundServer.requestAs("finance", "/api/v1/exchange-rates")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
        return response;
    }

    /**
     * Closes a month four-eyes (finance prepares, finance2 approves), unless an earlier test or run
     * closed it already.
     */
    static void closePeriod(String month) {
        HttpResponse<String> prepared =
                FundServer.send(FundServer.requestAs("finance", "/api/v1/ledger/periods/" + month + "/closure")
                        .POST(HttpRequest.BodyPublishers.noBody()));
        if (prepared.statusCode() == 422 && prepared.body().contains("period-already-closed")) {
            return;
        }
        long approval;
        if (prepared.statusCode() == 409) { // prepared already, by an earlier run
            approval = FundServer.object(FundServer.getAs(
                            "finance2", "/api/v1/approvals?scope=all&action=PERIOD_CLOSE&status=PENDING"))
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(a -> a.getString("subjectId").equals(month))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
        } else {
            assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(202);
            approval = FundServer.object(prepared).getJsonNumber("id").longValue();
        }
        HttpResponse<String> approved =
                FundServer.send(FundServer.requestAs("finance2", "/api/v1/approvals/" + approval + "/approval")
                        .header("Idempotency-Key", key())
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    static BigDecimal cash(String asOf) {
        JsonObject tb = FundServer.object(FundServer.getAs("auditor", "/api/v1/ledger/trial-balance?asOf=" + asOf));
        return tb.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("account").equals("1100"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("balance")
                .bigDecimalValue();
    }

    private static List<String> lines(JsonObject entry) {
        return entry.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("account") + " " + l.getString("side") + " "
                        + l.getJsonNumber("amount").bigDecimalValue().toPlainString() + " "
                        + l.getString("contributor"))
                .toList();
    }

    private static String lastAuditEvent(String subjectType, long subjectId) {
        HttpResponse<String> events = FundServer.getAs(
                "auditor", "/api/v1/audit-events?subjectType=" + subjectType + "&subjectId=" + subjectId + "&limit=1");
        assertThat(events.statusCode()).isEqualTo(200);
        return FundServer.object(events).getJsonArray("items").getJsonObject(0).toString();
    }

    private static long auditCount() {
        return FundServer.object(FundServer.getAs("auditor", "/api/v1/audit-events?limit=1"))
                .getJsonNumber("total")
                .longValue();
    }
}
