package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * From transfer to financial closure: the PUNO reports expenditure (an upload is kept whole or not at
 * all, every bad line named), the delivery rate follows exactly, a second tranche opens at 70 %
 * spent, the unspent balance is refunded, and financial closure needs the final certified report and
 * an unspent balance of at most USD 250.
 */
class GrantLifecycleIT {

    private static final String AREA = "TA2";

    private static long reportsOf(String programme) {
        return FundServer.object(FundServer.getAs("auditor", "/api/v1/expenditure-reports?programme=" + programme))
                .getJsonNumber("total")
                .longValue();
    }

    @Test
    void anUploadWithBadLinesNamesEachAndKeepsNothing() {
        String programme = Grants.fundedAndTransferred(AREA, "7490.00");

        HttpResponse<String> bad = Grants.uploadExpenditure(
                programme,
                "INTERIM",
                "year,category,amount\n2026,1,1000.00\n2031,1,5.00\n2026,9,10.00\n2026,2,ten\n2026,1,3.00\n2026,3,1.005\n");

        ErrorContractIT.assertProblem(bad, 400, "/api/v1/expenditure-reports/upload");
        assertThat(FundServer.object(bad).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field") + ": " + e.getString("message"))
                .containsExactly(
                        "line 3: the year 2031 is outside the programme (2026-2027)",
                        "line 4: '9' is not a UN budget category (1 to 7, or ISC)",
                        "line 5: 'ten' is not an amount",
                        "line 6: a second line for 2026, category 1: add them up in one",
                        "line 7: the amount has more than 2 decimals");
        assertThat(reportsOf(programme)).as("nothing was kept").isZero();
        assertThat(Grants.funding(programme, "IOM").getJsonNumber("expenditure").toString())
                .isEqualTo("0.00");
    }

    @Test
    void reportedExpenditureGivesTheExactDeliveryRateAndOpensTheNextTranche() {
        String programme = Grants.fundedAndTransferred(AREA, "7490.00");
        assertThat(FundServer.object(Grants.instruct(programme, "IOM", "3210.00"))
                        .getString("type"))
                .endsWith("/tranche-before-spending");

        // 5,243.00 direct + 367.01 ISC (7 % of 5,243.00 exactly) = 5,610.01 of 7,490.00 = 74.90 %
        HttpResponse<String> report = Grants.uploadExpenditure(
                programme, "ANNUAL", "year,category,amount\n2026,1,5000.00\n2026,4,243.00\n2026,ISC,367.01\n");

        JsonObject kept = ContributionsIT.created(report);
        assertThat(kept.getString("puno")).isEqualTo("IOM");
        assertThat(kept.getJsonNumber("total").toString()).isEqualTo("5610.01");
        JsonObject iom = Grants.funding(programme, "IOM");
        assertThat(iom.getJsonNumber("expenditure").toString()).isEqualTo("5610.01");
        assertThat(iom.getJsonNumber("deliveryRate").toString()).isEqualTo("0.7490");
        assertThat(iom.getBoolean("overspent")).isFalse();

        ContributionsIT.created(Grants.instruct(programme, "IOM", "3210.00"));

        // a restatement of 2026 replaces it: 6,000.00 + 420.00 ISC
        ContributionsIT.created(Grants.uploadExpenditure(
                programme, "ANNUAL", "year,category,amount\n2026,1,6000.00\n2026,ISC,420.00\n"));
        assertThat(Grants.funding(programme, "IOM").getJsonNumber("expenditure").toString())
                .isEqualTo("6420.00");
        HttpResponse<String> isc = Grants.uploadExpenditure(
                programme, "ANNUAL", "year,category,amount\n2026,1,6000.00\n2026,ISC,420.01\n");
        assertThat(FundServer.object(isc).getString("type")).endsWith("/isc-above-ceiling");
    }

    @Test
    void aReporterReportsOnlyForItsOwnOrganization() {
        String withoutIom = Grants.approvedProgramme(AREA, List.of(Grants.line("UNDP", "1", 2026, "100.00")));

        HttpResponse<String> foreign =
                Grants.uploadExpenditure(withoutIom, "INTERIM", "year,category,amount\n2026,1,10.00\n");

        ErrorContractIT.assertProblem(foreign, 404, "/api/v1/expenditure-reports/upload");
        assertThat(reportsOf(withoutIom)).isZero();
        assertThat(Api.as("finance")
                        .postCsv(
                                "/api/v1/expenditure-reports/upload?programme=" + withoutIom + "&kind=INTERIM",
                                "year,category,amount\n2026,1,10.00\n")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void financialClosureNeedsTheFinalReportAndTheUnspentBalanceRefunded() {
        String programme = Grants.fundedAndTransferred(AREA, "7490.00");
        Grants.moveTo(programme, "ACTIVE", null);
        Grants.moveTo(programme, "OPERATIONALLY_CLOSED", null);
        ContributionsIT.created(Grants.uploadExpenditure(
                programme, "FINAL", "year,category,amount\n2026,1,6000.00\n2026,ISC,420.00\n"));

        // 7,490.00 - 6,420.00 = 1,070.00 unspent, above the USD 250 that may stay
        HttpResponse<String> early = Grants.changeStatus(programme, "FINANCIALLY_CLOSED", null);
        assertThat(FundServer.object(early).getString("type")).endsWith("/unspent-balance-not-refunded");
        assertThat(FundServer.object(early).getString("detail")).contains("USD 1070.00 unspent");

        HttpResponse<String> tooMuch = refund(programme, "1070.01");
        assertThat(FundServer.object(tooMuch).getString("type")).endsWith("/refund-above-unspent");
        BigDecimal cash = ContributionsIT.cash(java.time.LocalDate.now().toString());
        JsonObject refund = ContributionsIT.created(refund(programme, "820.00"));
        assertThat(ContributionsIT.cash(java.time.LocalDate.now().toString()))
                .isEqualByComparingTo(cash.add(new BigDecimal("820.00")));
        JsonObject entry = FundServer.object(
                FundServer.getAs("auditor", "/api/v1/ledger/entries/" + refund.getJsonNumber("journalEntry")));
        assertThat(entry.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("account") + " " + l.getString("side") + " " + l.getJsonNumber("amount")
                        + " " + l.getString("puno"))
                .containsExactly("1100 DEBIT 820.00 IOM", "1200 CREDIT 820.00 IOM");
        JsonObject iom = Grants.funding(programme, "IOM");
        assertThat(iom.getJsonNumber("refunded").toString()).isEqualTo("820.00");
        assertThat(iom.getJsonNumber("netFunded").toString()).isEqualTo("6670.00");
        // 6,420.00 / 6,670.00 = 0.96251... -> 0.9625
        assertThat(iom.getJsonNumber("deliveryRate").toString()).isEqualTo("0.9625");

        // 250.00 stays unspent: at the limit, closure is allowed
        HttpResponse<String> closed = Grants.changeStatus(programme, "FINANCIALLY_CLOSED", null);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(FundServer.object(closed).getString("status")).isEqualTo("FINANCIALLY_CLOSED");
    }

    private static HttpResponse<String> refund(String programme, String amount) {
        return Api.as("finance")
                .idempotent()
                .post(
                        "/api/v1/refunds",
                        Api.json(
                                "programme",
                                programme,
                                "puno",
                                "IOM",
                                "amount",
                                new BigDecimal(amount),
                                "valueDate",
                                "2026-02-10",
                                "reference",
                                Grants.unique("REF")));
    }
}
