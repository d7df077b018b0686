package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Direct costs cite a DIRECT_COST decision, are approved four-eyes and post out of the unearmarked
 * money the allocations left; PUNO-earned interest passed back posts as the fund's revenue.
 */
class DirectCostsIT {

    /** The unearmarked money no allocation has drawn yet, as the API states it. */
    private static BigDecimal unearmarkedLeft() {
        JsonObject any = FundServer.array(FundServer.getAs("approver", "/api/v1/allocations/available"))
                .getValuesAs(JsonObject.class)
                .get(0);
        return any.getJsonNumber("unearmarkedPool")
                .bigDecimalValue()
                .subtract(any.getJsonNumber("drawnFromPool").bigDecimalValue());
    }

    /** At least {@code usd} left unearmarked: a posted unearmarked deposit tops it up if needed. */
    private static void atLeastUnearmarked(BigDecimal usd) {
        BigDecimal missing = usd.subtract(unearmarkedLeft());
        if (missing.signum() > 0) {
            String deposit =
                    missing.divide(new BigDecimal("0.99"), 0, RoundingMode.UP).add(BigDecimal.ONE) + ".00";
            long agreement = ContributionsIT.agreement("NOR", "2026-01-05", "USD", deposit, "2026-02-28");
            JsonObject recorded = ContributionsIT.created(
                    ContributionsIT.record(agreement, "2026-01-22", deposit, "USD", ContributionsIT.key()));
            assertThat(ContributionsIT.verify("finance2", recorded.getInt("id"), ContributionsIT.key())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    private static HttpResponse<String> prepare(String decision, String amount) {
        return Api.as("officer")
                .idempotent()
                .post(
                        "/api/v1/direct-costs",
                        Api.json(
                                "decision",
                                decision,
                                "description",
                                "Mid-term evaluation of the fund",
                                "amount",
                                new BigDecimal(amount),
                                "valueDate",
                                "2026-01-28"));
    }

    @Test
    void anApprovedDirectCostPostsOutOfTheUnearmarkedMoneyLeft() {
        atLeastUnearmarked(new BigDecimal("5000.00"));
        BigDecimal left = unearmarkedLeft();
        BigDecimal cash = ContributionsIT.cash(LocalDate.now().toString());
        JsonObject prepared = ContributionsIT.created(prepare(Grants.decision("DIRECT_COST"), "1234.56"));
        assertThat(prepared.getString("status")).isEqualTo("PENDING");
        assertThat(unearmarkedLeft()).as("nothing posts before approval").isEqualByComparingTo(left);

        long id = prepared.getJsonNumber("id").longValue();
        long approval = Grants.approvalOf("DIRECT_COST", id);
        assertThat(Api.as("officer")
                        .idempotent()
                        .post("/api/v1/approvals/" + approval + "/approval")
                        .statusCode())
                .as("the maker's role does not approve")
                .isEqualTo(403);
        HttpResponse<String> approved =
                Api.as("approver").idempotent().post("/api/v1/approvals/" + approval + "/approval");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonObject posted = FundServer.object(FundServer.getAs("auditor", "/api/v1/direct-costs?limit=50"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertThat(posted.getString("status")).isEqualTo("POSTED");
        assertThat(posted.getString("decidedBy")).isEqualTo("approver");
        JsonObject entry = FundServer.object(
                FundServer.getAs("auditor", "/api/v1/ledger/entries/" + posted.getJsonNumber("journalEntry")));
        assertThat(entry.getString("kind")).isEqualTo("DIRECT_COST");
        assertThat(entry.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("account") + " " + l.getString("side") + " " + l.getJsonNumber("amount"))
                .containsExactly("5200 DEBIT 1234.56", "1100 CREDIT 1234.56");
        assertThat(unearmarkedLeft()).isEqualByComparingTo(left.subtract(new BigDecimal("1234.56")));
        assertThat(ContributionsIT.cash(LocalDate.now().toString()))
                .isEqualByComparingTo(cash.subtract(new BigDecimal("1234.56")));
    }

    @Test
    void aDirectCostCitesADirectCostDecisionAndStaysWithinTheUnearmarkedMoney() {
        HttpResponse<String> wrong = prepare(Grants.decision("ALLOCATE"), "10.00");
        ErrorContractIT.assertProblem(wrong, 422, "/api/v1/direct-costs");
        assertThat(FundServer.object(wrong).getString("type")).endsWith("/decision-not-a-direct-cost");

        BigDecimal tooMuch = unearmarkedLeft().max(BigDecimal.ZERO).add(new BigDecimal("0.01"));
        HttpResponse<String> above = prepare(Grants.decision("DIRECT_COST"), tooMuch.toPlainString());
        ErrorContractIT.assertProblem(above, 422, "/api/v1/direct-costs");
        assertThat(FundServer.object(above).getString("type")).endsWith("/insufficient-available");
    }

    @Test
    void interestAPunoPassesBackPostsAsTheFundsRevenue() {
        String programme = Grants.fundedAndTransferred("TA5", "1000.00");
        String reference = Grants.unique("INT");
        HttpResponse<String> recorded = Api.as("finance")
                .idempotent()
                .post(
                        "/api/v1/puno-interest",
                        Api.json(
                                "programme",
                                programme,
                                "puno",
                                "IOM",
                                "amount",
                                new BigDecimal("321.09"),
                                "valueDate",
                                "2026-01-30",
                                "reference",
                                reference));

        JsonObject interest = ContributionsIT.created(recorded);
        assertThat(interest.getString("kind")).isEqualTo("INTEREST");
        JsonObject entry = FundServer.object(
                FundServer.getAs("auditor", "/api/v1/ledger/entries/" + interest.getJsonNumber("journalEntry")));
        assertThat(entry.getString("kind")).isEqualTo("PUNO_INTEREST");
        assertThat(entry.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("account") + " " + l.getString("side") + " " + l.getJsonNumber("amount")
                        + " " + l.getString("puno"))
                .containsExactly("1100 DEBIT 321.09 IOM", "4300 CREDIT 321.09 IOM");
        assertThat(Grants.funding(programme, "IOM").getJsonNumber("netFunded").toString())
                .as("interest is not a refund")
                .isEqualTo("1000.00");
        assertThat(FundServer.object(FundServer.getAs("auditor", "/api/v1/puno-interest?programme=" + programme))
                        .getJsonNumber("total")
                        .longValue())
                .isEqualTo(1);
        HttpResponse<String> again = Api.as("finance")
                .idempotent()
                .post(
                        "/api/v1/puno-interest",
                        Api.json(
                                "programme",
                                programme,
                                "puno",
                                "IOM",
                                "amount",
                                new BigDecimal("321.09"),
                                "valueDate",
                                "2026-01-30",
                                "reference",
                                reference));
        assertThat(FundServer.object(again).getString("type")).endsWith("/duplicate-refund");
        assertThat(List.of(again.statusCode())).containsExactly(422);
    }
}
