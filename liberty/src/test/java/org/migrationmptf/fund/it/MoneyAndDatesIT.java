package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmptf.fund.it.Api.amount;
import static org.migrationmptf.fund.it.Api.json;
import static org.migrationmptf.fund.it.ErrorContractIT.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Money in each currency's own minor units (JPY none, KWD three) end to end, dates that cannot
 * corrupt the ledger, and figures as of a date that are true at that date. Amounts are computed by
 * hand in the comments.
 */
class MoneyAndDatesIT {

    /** A member state registered for this test run (again on a database that has it: then it is there). */
    static void memberState(String code, String name) {
        HttpResponse<String> registered = Api.as("finance")
                .post("/api/v1/contributors", json("code", code, "kind", "MEMBER_STATE", "name", name));
        assertThat(registered.statusCode()).as(registered.body()).isIn(201, 422);
        if (registered.statusCode() == 422) {
            assertThat(registered.body()).contains("duplicate-contributor");
        }
    }

    static long agreement(String contributor, String currency, String committed, String signedOn) {
        HttpResponse<String> created = Api.as("finance")
                .post(
                        "/api/v1/contributors/" + contributor + "/agreements",
                        json(
                                "reference",
                                "IT-" + UUID.randomUUID().toString().substring(0, 12),
                                "signedOn",
                                signedOn,
                                "currency",
                                currency,
                                "committed",
                                amount(committed),
                                "earmarkKind",
                                "UNEARMARKED",
                                "schedule",
                                List.of(json("dueOn", "2026-06-30", "amount", amount(committed)))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return FundServer.object(created).getJsonNumber("id").longValue();
    }

    @Test
    void yenWithDecimalsIsRefusedNamingTheFieldAndWholeYenPostExactly() throws IOException {
        memberState("JPN", "Japan");
        HttpResponse<String> fractional = Api.as("finance")
                .post(
                        "/api/v1/contributors/JPN/agreements",
                        json(
                                "reference",
                                "IT-JPY-" + UUID.randomUUID().toString().substring(0, 8),
                                "signedOn",
                                "2026-03-01",
                                "currency",
                                "JPY",
                                "committed",
                                amount("100.5"),
                                "earmarkKind",
                                "UNEARMARKED",
                                "schedule",
                                List.of(json("dueOn", "2026-06-30", "amount", amount("100.5")))));
        assertProblem(fractional, 400, "/api/v1/contributors/JPN/agreements");
        assertThat(fractional.body()).contains("\"field\":\"committed\"").contains("JPY amounts have no decimals");

        long agreement = agreement("JPN", "JPY", "150000000", "2026-03-01");
        assertThat(FundServer.object(Api.as("finance").get("/api/v1/agreements/" + agreement))
                        .getJsonNumber("commitment")
                        .toString())
                .isEqualTo("150000000");
        ContributionsIT.importRates("currency,month,units_per_usd\nJPY,2026-03,151.250000\n");
        String deposits = "/api/v1/agreements/" + agreement + "/deposits";
        HttpResponse<String> halfYen = Api.as("finance")
                .idempotent()
                .post(deposits, json("receivedOn", "2026-03-10", "amount", amount("100.5"), "currency", "JPY"));
        assertProblem(halfYen, 400, deposits);
        assertThat(halfYen.body()).contains("\"field\":\"amount\"");

        JsonObject recorded = FundServer.object(Api.as("finance")
                .idempotent()
                .post(deposits, json("receivedOn", "2026-03-10", "amount", amount("150000000"), "currency", "JPY")));
        // 150,000,000 / 151.25 = 991,735.5371... -> USD 991,735.54; fee 9,917.3554 -> 9,917.36
        assertThat(recorded.getJsonNumber("amount").toString()).isEqualTo("150000000");
        assertThat(recorded.getJsonNumber("usdAmount").toString()).isEqualTo("991735.54");
        assertThat(recorded.getJsonNumber("feeUsd").toString()).isEqualTo("9917.36");
        JsonObject posted =
                FundServer.object(ContributionsIT.verify("finance2", recorded.getInt("id"), ContributionsIT.key()));
        JsonObject entry =
                FundServer.object(Api.as("auditor").get("/api/v1/ledger/entries/" + posted.getInt("depositEntryId")));
        assertThat(entry.getJsonNumber("total").toString()).isEqualTo("991735.54");

        String statement = pdfText("/api/v1/contributors/JPN/statement.pdf?from=2026-01-01");
        assertThat(statement).contains("JPY 150,000,000").doesNotContain("150,000,000.00");
    }

    @Test
    void dinarsKeepTheirThirdDecimalThroughDepositLedgerAndStatement() throws IOException {
        memberState("KWT", "Kuwait");
        long agreement = agreement("KWT", "KWD", "1000000.000", "2026-02-01");
        String deposits = "/api/v1/agreements/" + agreement + "/deposits";

        JsonObject recorded = FundServer.object(Api.as("finance")
                .idempotent()
                .post(
                        deposits,
                        json(
                                "receivedOn",
                                "2026-02-16",
                                "amount",
                                amount("12345.678"),
                                "currency",
                                "KWD",
                                "usdReceived",
                                amount("40213.50"),
                                "bankStatedRate",
                                amount("0.30700"),
                                "bankReference",
                                "NBK-2026-0216")));

        assertThat(recorded.getJsonNumber("amount").toString()).isEqualTo("12345.678");
        assertThat(recorded.getString("rateSource")).isEqualTo("BANK_PROCEEDS");
        // the bank's dollars decide: USD 40,213.50, fee 402.135 -> 402.14 (half-even), net 39,811.36
        assertThat(recorded.getJsonNumber("usdAmount").toString()).isEqualTo("40213.50");
        assertThat(recorded.getJsonNumber("feeUsd").toString()).isEqualTo("402.14");
        assertThat(recorded.getJsonNumber("netUsd").toString()).isEqualTo("39811.36");
        // the effective rate is derived from the two amounts; the bank's stated rate is kept as stated
        BigDecimal derived = new BigDecimal("12345.678").divide(new BigDecimal("40213.50"), 6, RoundingMode.HALF_EVEN);
        assertThat(recorded.getJsonNumber("unitsPerUsd").bigDecimalValue()).isEqualByComparingTo(derived);
        assertThat(recorded.getJsonNumber("bankStatedRate").bigDecimalValue()).isEqualByComparingTo("0.307");

        HttpResponse<String> fourth = Api.as("finance")
                .idempotent()
                .post(
                        deposits,
                        json(
                                "receivedOn",
                                "2026-02-16",
                                "amount",
                                amount("1.2345"),
                                "currency",
                                "KWD",
                                "usdReceived",
                                amount("4.00")));
        assertProblem(fourth, 400, deposits);
        assertThat(fourth.body()).contains("at most 3 decimals");

        JsonObject posted =
                FundServer.object(ContributionsIT.verify("finance2", recorded.getInt("id"), ContributionsIT.key()));
        JsonObject entry =
                FundServer.object(Api.as("auditor").get("/api/v1/ledger/entries/" + posted.getInt("depositEntryId")));
        assertThat(entry.getJsonNumber("total").toString()).isEqualTo("40213.50");
        JsonObject view = FundServer.object(Api.as("finance").get("/api/v1/agreements/" + agreement));
        assertThat(view.getJsonNumber("deposited").toString()).isEqualTo("12345.678");
        assertThat(view.getJsonNumber("remaining").toString()).isEqualTo("987654.322");

        String statement = pdfText("/api/v1/contributors/KWT/statement.pdf?from=2026-01-01");
        assertThat(statement).contains("KWD 12,345.678").contains("40,213.50").contains("987,654.322");
    }

    /** Each date a request brings, at years 0 and 10000, is refused as input naming it: never a 500, never stored. */
    @ParameterizedTest(name = "year {0}")
    @ValueSource(strings = {"0000", "+10000"})
    void everyDateFieldRefusesAYearOutsideTheFundsRange(String year) {
        String date = year + "-01-15";
        long agreement = ContributionsIT.agreement("DEU", "2026-01-05", "USD", "100.00", "2026-02-28");
        record Attempt(String field, HttpResponse<String> response) {}
        List<Attempt> attempts = List.of(
                new Attempt(
                        "receivedOn",
                        Api.as("finance")
                                .idempotent()
                                .post(
                                        "/api/v1/agreements/" + agreement + "/deposits",
                                        json("receivedOn", date, "amount", amount("1.00"), "currency", "USD"))),
                new Attempt(
                        "signedOn",
                        Api.as("finance")
                                .post(
                                        "/api/v1/agreements/" + agreement + "/amendments",
                                        json("signedOn", date, "change", amount("1.00"), "reason", "x"))),
                new Attempt(
                        "signedOn",
                        Api.as("finance")
                                .post(
                                        "/api/v1/contributors/DEU/agreements",
                                        json(
                                                "reference",
                                                "IT-D-"
                                                        + UUID.randomUUID()
                                                                .toString()
                                                                .substring(0, 8),
                                                "signedOn",
                                                date,
                                                "currency",
                                                "USD",
                                                "committed",
                                                amount("1.00"),
                                                "earmarkKind",
                                                "UNEARMARKED",
                                                "schedule",
                                                List.of(json("dueOn", "2026-01-31", "amount", amount("1.00")))))),
                new Attempt(
                        "schedule[0].dueOn",
                        Api.as("finance")
                                .post(
                                        "/api/v1/contributors/DEU/agreements",
                                        json(
                                                "reference",
                                                "IT-D-"
                                                        + UUID.randomUUID()
                                                                .toString()
                                                                .substring(0, 8),
                                                "signedOn",
                                                "2026-01-05",
                                                "currency",
                                                "USD",
                                                "committed",
                                                amount("1.00"),
                                                "earmarkKind",
                                                "UNEARMARKED",
                                                "schedule",
                                                List.of(json("dueOn", date, "amount", amount("1.00")))))),
                new Attempt(
                        "valueDate",
                        Api.as("finance")
                                .idempotent()
                                .post(
                                        "/api/v1/ledger/interest",
                                        json(
                                                "valueDate",
                                                date,
                                                "amountUsd",
                                                amount("1.00"),
                                                "reference",
                                                "IT-Y" + year))),
                new Attempt("asOf", Api.as("auditor").get("/api/v1/ledger/trial-balance?asOf=" + enc(date))),
                new Attempt("asOf", Api.as("finance").get("/api/v1/agreements/" + agreement + "?asOf=" + enc(date))),
                new Attempt("asOf", Api.anonymous().get("/api/v1/contributors/DEU?asOf=" + enc(date))),
                new Attempt("to", Api.as("finance").get("/api/v1/contributors/DEU/statement.pdf?to=" + enc(date))),
                new Attempt(
                        "month", Api.as("finance").post("/api/v1/ledger/periods/" + enc(year + "-01") + "/closure")));
        for (Attempt attempt : attempts) {
            assertThat(attempt.response().statusCode())
                    .as(attempt.field() + " " + date + ": " + attempt.response().body())
                    .isEqualTo(400);
            assertThat(attempt.response().body()).contains("\"field\":\"" + attempt.field() + "\"");
        }
        HttpResponse<String> csv = Api.as("finance")
                .postCsv("/api/v1/exchange-rates", "currency,month,units_per_usd\nEUR," + year + "-01,0.900000\n");
        assertProblem(csv, 400, "/api/v1/exchange-rates");
        assertThat(csv.body()).contains("\"field\":\"line 2\"").contains("between 2000-01-01 and 2100-12-31");
    }

    @Test
    void aDateJsonCannotEvenReadNamesItsField() {
        long agreement = ContributionsIT.agreement("DEU", "2026-01-05", "USD", "100.00", "2026-02-28");
        String path = "/api/v1/agreements/" + agreement + "/deposits";

        HttpResponse<String> response = Api.as("finance")
                .idempotent()
                .postJson(path, "{\"receivedOn\":\"10000-01-01\",\"amount\":1.00,\"currency\":\"USD\"}");

        assertProblem(response, 400, path);
        assertThat(response.body()).contains("\"field\":\"receivedOn\"");
    }

    @Test
    void aReversalIsNeverDatedBeforeTheEntryItReversesNorAMoneyEventInTheFuture() {
        JsonObject interest = FundServer.object(Api.as("finance")
                .idempotent()
                .post(
                        "/api/v1/ledger/interest",
                        json(
                                "valueDate",
                                "2026-02-10",
                                "amountUsd",
                                amount("5.00"),
                                "reference",
                                "IT-R-" + UUID.randomUUID().toString().substring(0, 8))));
        String reversal = "/api/v1/ledger/entries/" + interest.getInt("id") + "/reversal";

        HttpResponse<String> before = Api.as("finance")
                .idempotent()
                .post(reversal, json("reversedOn", "2005-02-10", "reason", "21 years early"));
        assertProblem(before, 422, reversal);
        assertThat(FundServer.object(before).getString("type")).endsWith("/reversal-before-entry");

        HttpResponse<String> future = Api.as("finance")
                .idempotent()
                .post(
                        "/api/v1/ledger/interest",
                        json("valueDate", "2099-01-01", "amountUsd", amount("5.00"), "reference", "IT-FUTURE"));
        assertProblem(future, 422, "/api/v1/ledger/interest");
        assertThat(FundServer.object(future).getString("type")).endsWith("/dated-in-future");

        assertThat(Api.as("finance")
                        .idempotent()
                        .post(reversal, json("reversedOn", "2026-02-10", "reason", "posted twice"))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void figuresAsOfADateCountOnlyWhatWasSignedAndReceivedByThen() throws IOException {
        long agreement = ContributionsIT.agreement("NOR", "2025-06-02", "USD", "1000.00", "2025-12-31");
        String path = "/api/v1/agreements/" + agreement;
        ContributionsIT.created(
                ContributionsIT.record(agreement, "2025-12-01", "400.00", "USD", ContributionsIT.key()));
        int posted = FundServer.array(Api.as("finance").get(path + "/deposits"))
                .getJsonObject(0)
                .getInt("id");
        assertThat(ContributionsIT.verify("finance2", posted, ContributionsIT.key())
                        .statusCode())
                .isEqualTo(200);
        assertThat(Api.as("finance")
                        .post(
                                path + "/amendments",
                                json(
                                        "signedOn",
                                        "2026-01-10",
                                        "change",
                                        amount("500.00"),
                                        "reason",
                                        "top-up letter of January 2026"))
                        .statusCode())
                .isEqualTo(200);
        ContributionsIT.created(
                ContributionsIT.record(agreement, "2026-01-15", "100.00", "USD", ContributionsIT.key()));

        JsonObject endOf2025 = FundServer.object(Api.as("finance").get(path + "?asOf=2025-12-31"));
        assertThat(endOf2025.getJsonNumber("commitment").toString()).isEqualTo("1000.00");
        assertThat(endOf2025.getJsonNumber("amendments").toString()).isEqualTo("0.00");
        assertThat(endOf2025.getJsonNumber("deposited").toString()).isEqualTo("400.00");
        assertThat(endOf2025.getJsonNumber("pending").toString()).isEqualTo("0.00");
        assertThat(endOf2025.getJsonNumber("remaining").toString()).isEqualTo("600.00");
        assertThat(endOf2025.getJsonNumber("arrears").toString())
                .as("1,000.00 due by 31 Dec 2025")
                .isEqualTo("600.00");
        assertThat(endOf2025.getJsonArray("amendmentHistory")).isEmpty();

        JsonObject today = FundServer.object(Api.as("finance").get(path));
        assertThat(today.getJsonNumber("commitment").toString()).isEqualTo("1500.00");
        assertThat(today.getJsonNumber("pending").toString()).isEqualTo("100.00");
        assertThat(today.getJsonNumber("remaining").toString()).isEqualTo("1000.00");

        assertProblem(Api.as("finance").get(path + "?asOf=2025-06-01"), 404, path);

        String statement2025 = pdfText("/api/v1/contributors/NOR/statement.pdf?from=2025-01-01&to=2025-12-31");
        assertThat(statement2025)
                .contains(endOf2025.getString("reference").substring(0, 10))
                .contains("1,000.00")
                .as("the amendment signed in 2026 is not in the 2025 statement")
                .doesNotContain("1,500.00");
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String pdfText(String path) throws IOException {
        HttpResponse<byte[]> pdf =
                FundServer.sendForBytes(FundServer.requestAs("finance", path).GET());
        assertThat(pdf.statusCode()).isEqualTo(200);
        return pdfText(pdf.body());
    }

    /** The text of a PDF as {@code pdftotext -layout} extracts it. */
    static String pdfText(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("statement", ".pdf");
        Files.write(file, pdf);
        try {
            Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as("pdftotext exit code").isZero();
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
