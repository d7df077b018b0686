package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The consolidated annual report on the real server, for two years: Table 1's prior years plus the
 * year make the cumulative column, the cumulative column is the Funding Status at the year's end, the
 * contributor rows add up to the total and the total to the ledger's contributions, and the PDF and the
 * CSV print those figures.
 */
class AnnualReportIT {

    private static BigDecimal amount(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue();
    }

    @ParameterizedTest(name = "year {0}")
    @ValueSource(ints = {2025, 2026})
    void theTablesAddUpAndAgreeWithTheLedger(int year) throws Exception {
        HttpResponse<String> response = Api.as("auditor").get("/api/v1/reports/annual/" + year + ".json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject report = FundServer.object(response);
        LocalDate end =
                LocalDate.of(year, 12, 31).isAfter(LocalDate.now()) ? LocalDate.now() : LocalDate.of(year, 12, 31);
        JsonObject status = FundServer.object(Api.as("auditor").get("/api/v1/reports/funding-status?asOf=" + end));

        List<JsonObject> overview = report.getJsonArray("overview").getValuesAs(JsonObject.class);
        List<JsonObject> fs = status.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(overview).hasSameSizeAs(fs);
        for (int i = 0; i < overview.size(); i++) {
            JsonObject line = overview.get(i);
            assertThat(amount(line, "priorYears").add(amount(line, "currentYear")))
                    .as(line.getString("key"))
                    .isEqualByComparingTo(amount(line, "cumulative"));
            assertThat(amount(line, "cumulative")).isEqualByComparingTo(amount(fs.get(i), "amount"));
        }

        BigDecimal prior = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (JsonObject c : report.getJsonArray("contributors").getValuesAs(JsonObject.class)) {
            assertThat(amount(c, "priorYears").add(amount(c, "currentYear"))).isEqualByComparingTo(amount(c, "total"));
            prior = prior.add(amount(c, "priorYears"));
            current = current.add(amount(c, "currentYear"));
            total = total.add(amount(c, "total"));
        }
        JsonObject sum = report.getJsonObject("contributorTotal");
        assertThat(amount(sum, "priorYears")).isEqualByComparingTo(prior);
        assertThat(amount(sum, "currentYear")).isEqualByComparingTo(current);
        assertThat(amount(sum, "total")).isEqualByComparingTo(total);
        JsonObject contributions = overview.stream()
                .filter(l -> l.getString("key").equals("contributions"))
                .findFirst()
                .orElseThrow();
        assertThat(total)
                .as("the contributor rows add up to the ledger's contributions")
                .isEqualByComparingTo(amount(contributions, "cumulative"));
        assertThat(current).isEqualByComparingTo(amount(contributions, "currentYear"));

        BigDecimal transferred = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (JsonObject p : report.getJsonObject("punos").getJsonArray("lines").getValuesAs(JsonObject.class)) {
            assertThat(amount(p, "transferred").subtract(amount(p, "refunded")))
                    .isEqualByComparingTo(amount(p, "netFunded"));
            transferred = transferred.add(amount(p, "transferred"));
            refunded = refunded.add(amount(p, "refunded"));
            spent = spent.add(amount(p, "expenditure"));
        }
        JsonObject punoTotal = report.getJsonObject("punos").getJsonObject("total");
        assertThat(amount(punoTotal, "transferred")).isEqualByComparingTo(transferred);
        assertThat(transferred)
                .as("the PUNO rows add up to the transfers to PUNOs")
                .isEqualByComparingTo(cumulative(overview, "WITH_ADMINISTRATIVE_AGENT", "transfersToPunos"));
        assertThat(refunded).isEqualByComparingTo(cumulative(overview, "WITH_ADMINISTRATIVE_AGENT", "refunds"));
        assertThat(spent)
                .isEqualByComparingTo(cumulative(overview, "WITH_PARTICIPATING_ORGANIZATIONS", "punoExpenditure"));

        assertThat(sum(report, "programmes", "expenditure"))
                .as("the programme rows add up to the PUNOs' expenditure")
                .isEqualByComparingTo(spent);
        assertThat(sum(report, "programmes", "netFunded"))
                .as("the programme rows add up to the transfers net of refunds")
                .isEqualByComparingTo(transferred.subtract(refunded));
        assertThat(amount(report.getJsonObject("programmes").getJsonObject("total"), "expenditure"))
                .isEqualByComparingTo(spent);
        assertThat(sum(report, "categories", "cumulative"))
                .as("the budget categories add up to the PUNOs' expenditure")
                .isEqualByComparingTo(spent);
        assertThat(sum(report, "interest", "cumulative"))
                .as("fund-earned and PUNO interest add up to Table 1's interest")
                .isEqualByComparingTo(cumulative(overview, "WITH_ADMINISTRATIVE_AGENT", "fundInterest")
                        .add(cumulative(overview, "WITH_ADMINISTRATIVE_AGENT", "punoInterest")));
        List<JsonObject> costs =
                report.getJsonObject("costRecovery").getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(costs).extracting(c -> c.getString("code")).containsExactly("AA_FEE", "ISC", "DIRECT_COSTS");
        assertThat(amount(costs.get(0), "cumulative"))
                .isEqualByComparingTo(cumulative(overview, "WITH_ADMINISTRATIVE_AGENT", "administrativeAgentFee"));
        assertThat(amount(costs.get(1), "cumulative"))
                .isEqualByComparingTo(
                        report.getJsonObject("categories").getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                                .filter(c -> c.getString("code").equals("ISC"))
                                .map(c -> amount(c, "cumulative"))
                                .findFirst()
                                .orElseThrow());
        assertThat(amount(costs.get(2), "cumulative"))
                .isEqualByComparingTo(cumulative(overview, "WITH_ADMINISTRATIVE_AGENT", "directCosts"));

        HttpResponse<byte[]> pdf =
                FundServer.sendForBytes(FundServer.requestAs("auditor", "/api/v1/reports/annual/" + year + ".pdf")
                        .GET());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = MoneyAndDatesIT.pdfText(pdf.body());
        assertThat(text)
                .contains("Consolidated annual financial report " + year)
                .contains(String.format(Locale.ENGLISH, "%,.2f", total));
        String csv =
                Api.as("auditor").get("/api/v1/reports/annual/" + year + ".csv").body();
        assertThat(csv).contains(total.setScale(2).toPlainString());
    }

    /** The sum of one column over a table's lines, checked against the table's total line. */
    private static BigDecimal sum(JsonObject report, String table, String column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonObject line : report.getJsonObject(table).getJsonArray("lines").getValuesAs(JsonObject.class)) {
            sum = sum.add(amount(line, column));
        }
        assertThat(amount(report.getJsonObject(table).getJsonObject("total"), column))
                .as(table + " total " + column)
                .isEqualByComparingTo(sum);
        return sum;
    }

    private static BigDecimal cumulative(List<JsonObject> overview, String section, String key) {
        return amount(
                overview.stream()
                        .filter(l -> l.getString("section").equals(section)
                                && l.getString("key").equals(key))
                        .findFirst()
                        .orElseThrow(),
                "cumulative");
    }

    @ParameterizedTest(name = "year {0}")
    @ValueSource(strings = {"1999", "2999", "20x5"})
    void aYearOutsideTheFundsLifeIsRefused(String year) {
        HttpResponse<String> refused = Api.as("auditor").get("/api/v1/reports/annual/" + year + ".pdf");

        assertThat(refused.statusCode()).as(refused.body()).isIn(400, 404);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
