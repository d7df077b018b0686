package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Funding Status on the real server: its identities hold against the trial balance at several
 * as-of dates, a posting moves exactly its lines, the files carry the same figures, every file is
 * entered in the report register, and the public gets the same table without signing in.
 */
class FundingStatusIT {

    /** The lines of a statement, "SECTION/key" -> amount. */
    private static Map<String, BigDecimal> lines(JsonObject statement) {
        Map<String, BigDecimal> lines = new HashMap<>();
        for (JsonObject line : statement.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            lines.put(
                    line.getString("section") + "/" + line.getString("key"),
                    line.getJsonNumber("amount").bigDecimalValue());
        }
        return lines;
    }

    private static JsonObject statement(String asOf) {
        HttpResponse<String> response = Api.as("auditor").get("/api/v1/reports/funding-status?asOf=" + asOf);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return FundServer.object(response);
    }

    private static BigDecimal account(String asOf, String code, String column) {
        JsonObject tb = FundServer.object(FundServer.getAs("auditor", "/api/v1/ledger/trial-balance?asOf=" + asOf));
        return tb.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("account").equals(code))
                .findFirst()
                .orElseThrow()
                .getJsonNumber(column)
                .bigDecimalValue();
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2019-12-31", "2023-06-30", "2025-12-31", "today"})
    void theTableAgreesWithTheLedgerAtEveryDate(String date) {
        String asOf = date.equals("today") ? LocalDate.now().toString() : date;
        JsonObject statement = statement(asOf);
        Map<String, BigDecimal> fs = lines(statement);

        assertThat(statement.getString("asOf")).isEqualTo(asOf);
        assertThat(statement.getString("standing")).isEqualTo("INTERIM");
        assertThat(statement.getString("chainHead")).matches("[0-9a-f]{64}");
        assertThat(fs.get("WITH_ADMINISTRATIVE_AGENT/balanceWithAgent"))
                .as("sources minus uses is the cash the Administrative Agent holds")
                .isEqualByComparingTo(account(asOf, "1100", "balance"));
        assertThat(fs.get("WITH_ADMINISTRATIVE_AGENT/contributions"))
                .isEqualByComparingTo(account(asOf, "4100", "credit").subtract(account(asOf, "4100", "debit")));
        assertThat(fs.get("WITH_ADMINISTRATIVE_AGENT/transfersToPunos"))
                .isEqualByComparingTo(account(asOf, "1200", "debit"));
        assertThat(fs.get("WITH_PARTICIPATING_ORGANIZATIONS/transfersToPunos"))
                .isEqualByComparingTo(fs.get("WITH_ADMINISTRATIVE_AGENT/transfersToPunos"));
        assertThat(fs.get("TOTAL/totalBalance"))
                .isEqualByComparingTo(fs.get("WITH_ADMINISTRATIVE_AGENT/balanceWithAgent")
                        .add(fs.get("WITH_PARTICIPATING_ORGANIZATIONS/balanceWithPunos")));
    }

    @Test
    void interestAndABankChargeOnADayMoveExactlyTheirLines() {
        // any month of 2000 but March, which FinancePagesBrowserIT closes
        int month = 1 + (int) (Math.random() * 11);
        LocalDate day = LocalDate.of(2000, month >= 3 ? month + 1 : month, 1 + (int) (Math.random() * 28));
        Map<String, BigDecimal> before = lines(statement(day.toString()));
        for (String[] posting : List.of(new String[] {"interest", "12.34"}, new String[] {"bank-charges", "1.11"})) {
            HttpResponse<String> posted = Api.as("finance")
                    .idempotent()
                    .post(
                            "/api/v1/ledger/" + posting[0],
                            Api.json(
                                    "valueDate",
                                    day.toString(),
                                    "amountUsd",
                                    new BigDecimal(posting[1]),
                                    "reference",
                                    "FS-" + UUID.randomUUID().toString().substring(0, 8)));
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        }

        Map<String, BigDecimal> after = lines(statement(day.toString()));
        Map<String, BigDecimal> dayBefore = lines(statement(day.minusDays(1).toString()));

        assertThat(after.get("WITH_ADMINISTRATIVE_AGENT/fundInterest")
                        .subtract(before.get("WITH_ADMINISTRATIVE_AGENT/fundInterest")))
                .isEqualByComparingTo("12.34");
        assertThat(after.get("WITH_ADMINISTRATIVE_AGENT/bankCharges")
                        .subtract(before.get("WITH_ADMINISTRATIVE_AGENT/bankCharges")))
                .isEqualByComparingTo("1.11");
        assertThat(after.get("WITH_ADMINISTRATIVE_AGENT/balanceWithAgent")
                        .subtract(dayBefore.get("WITH_ADMINISTRATIVE_AGENT/balanceWithAgent")))
                .as("the day's own flows, whatever other days hold")
                .isEqualByComparingTo(after.get("WITH_ADMINISTRATIVE_AGENT/fundInterest")
                        .subtract(dayBefore.get("WITH_ADMINISTRATIVE_AGENT/fundInterest"))
                        .subtract(after.get("WITH_ADMINISTRATIVE_AGENT/bankCharges")
                                .subtract(dayBefore.get("WITH_ADMINISTRATIVE_AGENT/bankCharges"))));
    }

    @Test
    void theFilesCarryTheSameFiguresAndEachIsEnteredInTheRegister() throws java.io.IOException {
        String asOf = "2025-12-31";
        Map<String, BigDecimal> fs = lines(statement(asOf));
        long entriesBefore = FundServer.object(Api.as("auditor").get("/api/v1/reports/register?limit=1"))
                .getJsonNumber("total")
                .longValue();

        HttpResponse<byte[]> pdf = FundServer.sendForBytes(
                FundServer.requestAs("auditor", "/api/v1/reports/funding-status.pdf?asOf=" + asOf)
                        .GET());
        HttpResponse<byte[]> again = FundServer.sendForBytes(
                FundServer.requestAs("auditor", "/api/v1/reports/funding-status.pdf?asOf=" + asOf)
                        .GET());
        HttpResponse<String> csv = Api.as("auditor").get("/api/v1/reports/funding-status.csv?asOf=" + asOf);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(again.body()).as("the same inputs give the same bytes").isEqualTo(pdf.body());
        String text = MoneyAndDatesIT.pdfText(pdf.body());
        assertThat(text).contains("Funding Status as of " + asOf).contains("INTERIM");
        String balance = String.format(java.util.Locale.ENGLISH, "%,.2f", fs.get("TOTAL/totalBalance"));
        assertThat(text).contains(balance);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .contains(fs.get("WITH_ADMINISTRATIVE_AGENT/balanceWithAgent").toPlainString())
                .contains(fs.get("TOTAL/totalBalance").toPlainString());

        JsonObject register = FundServer.object(Api.as("auditor").get("/api/v1/reports/register?limit=3"));
        assertThat(register.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(entriesBefore + 3);
        String sha = pdf.headers().firstValue("X-Content-SHA256").orElseThrow();
        assertThat(register.getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(e -> {
            assertThat(e.getString("report")).isEqualTo("funding-status");
            assertThat(e.getString("parameters")).isEqualTo("asOf=" + asOf + ";lang=en");
            assertThat(e.getString("format")).isEqualTo("pdf");
            assertThat(e.getString("sha256")).isEqualTo(sha);
            assertThat(e.getString("standing")).isEqualTo("INTERIM");
        });
    }

    @Test
    void thePublicGetsTheSameTableWithoutSigningIn() {
        HttpResponse<String> anonymous = FundServer.get("/api/v1/public/funding-status?asOf=2024-12-31");

        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(200);
        assertThat(lines(FundServer.object(anonymous))).isEqualTo(lines(statement("2024-12-31")));
    }

    @Test
    void thePublicProgrammesByAreaAddUpToTheApprovedAllocations() {
        HttpResponse<String> byArea = FundServer.get("/api/v1/public/programmes-by-area");
        assertThat(byArea.statusCode()).as(byArea.body()).isEqualTo(200);
        BigDecimal shown = FundServer.array(byArea).getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonNumber("allocated").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        BigDecimal approved = BigDecimal.ZERO;
        for (int offset = 0; ; offset += 500) {
            JsonObject page = FundServer.object(
                    Api.as("auditor").get("/api/v1/allocations?status=APPROVED&limit=500&offset=" + offset));
            for (JsonObject a : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                approved = approved.add(a.getJsonNumber("amount").bigDecimalValue());
            }
            if (offset + 500 >= page.getJsonNumber("total").longValue()) {
                break;
            }
        }
        assertThat(shown)
                .as("every approved allocation is of a published programme")
                .isEqualByComparingTo(approved);
    }

    @Test
    void aDateToComeOrNotADateIsRefusedNamingAsOf() {
        for (String asOf : List.of(LocalDate.now().plusDays(2).toString(), "2025-13-01", "1999-12-31")) {
            HttpResponse<String> refused = FundServer.get("/api/v1/public/funding-status?asOf=" + asOf);
            assertThat(refused.statusCode()).as(asOf + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).contains("asOf");
        }
        HttpResponse<String> language =
                Api.as("auditor").get("/api/v1/reports/funding-status.pdf?asOf=2025-12-31&lang=de");
        assertThat(language.statusCode()).isEqualTo(400);
        assertThat(language.body()).contains("lang");
        assertThat(language.body()).contains("en, fr or es");
    }
}
