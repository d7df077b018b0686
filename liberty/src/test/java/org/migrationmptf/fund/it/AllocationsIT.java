package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Allocations bind what a thematic area has available, exactly: its own earmarked money net of the
 * AA fee first, then the unearmarked pool. One cent above is refused, exactly the amount leaves 0.00;
 * the officer prepares, a different user approves; two approvals racing for the last dollars are
 * decided one after the other, and exactly one wins.
 */
class AllocationsIT {

    private static final String AREA = "TA4";

    /** A programme whose IOM budget can take far more than the area has: the area's money is the limit. */
    private static String bigProgramme(BigDecimal atLeast) {
        String direct = atLeast.add(new BigDecimal("1000000.00")).setScale(2).toPlainString();
        return Grants.approvedProgramme(AREA, List.of(Grants.line("IOM", "1", 2026, direct)));
    }

    @Test
    void oneCentAboveTheAvailableAmountIsRefusedAndExactlyItLeavesNothing() {
        Grants.earmarkedDeposit(AREA, "100000.00"); // + 99,000.00 earmarked to TA4, net of the 1 % fee
        BigDecimal available = Grants.available(AREA);
        assertThat(available).isGreaterThanOrEqualTo(new BigDecimal("99000.00"));
        String programme = bigProgramme(available);
        String decision = Grants.decision("ALLOCATE");

        HttpResponse<String> over = Grants.prepare(
                programme, "IOM", available.add(new BigDecimal("0.01")).toPlainString(), decision);
        ErrorContractIT.assertProblem(over, 422, "/api/v1/allocations");
        assertThat(FundServer.object(over).getString("type")).endsWith("/insufficient-available");
        assertThat(FundServer.object(over).getString("detail"))
                .contains("USD " + available.toPlainString() + " available")
                .contains("exceeds it by USD 0.01");

        long exact = Grants.prepared(programme, "IOM", available.toPlainString(), decision);
        assertThat(Grants.available(AREA))
                .as("a pending allocation binds nothing")
                .isEqualByComparingTo(available);
        HttpResponse<String> approved = Grants.approve("approver", exact);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(Grants.allocation(exact).getString("status")).isEqualTo("APPROVED");
        assertThat(Grants.allocation(exact).getString("decidedBy")).isEqualTo("approver");
        assertThat(Grants.available(AREA)).isEqualTo(new BigDecimal("0.00"));
        JsonObject iom = Grants.funding(programme, "IOM");
        assertThat(iom.getJsonNumber("allocated").bigDecimalValue()).isEqualByComparingTo(available);
        assertThat(iom.getJsonNumber("awaitingApproval").bigDecimalValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void aWindowAllocatesOnlyTheMoneyEarmarkedToItAndTheAreasKeepTheirs() {
        BigDecimal areaBefore = Grants.available(AREA);
        BigDecimal windowBefore = Grants.availableInWindow("TECHNICAL_SUPPORT");
        Grants.windowDeposit("TECHNICAL_SUPPORT", "20000.00"); // + 19,800.00 earmarked to the window

        assertThat(Grants.available(AREA)).as("window money is kept apart").isEqualByComparingTo(areaBefore);
        BigDecimal inWindow = Grants.availableInWindow("TECHNICAL_SUPPORT");
        assertThat(inWindow).isEqualByComparingTo(windowBefore.add(new BigDecimal("19800.00")));
        String programme = bigProgramme(inWindow);
        String decision = Grants.decision("ALLOCATE");

        HttpResponse<String> over = prepareInWindow(programme, inWindow.add(new BigDecimal("0.01")), decision);
        ErrorContractIT.assertProblem(over, 422, "/api/v1/allocations");
        assertThat(FundServer.object(over).getString("detail"))
                .containsIgnoringCase("window TECHNICAL_SUPPORT has USD " + inWindow.toPlainString() + " available")
                .contains("exceeds it by USD 0.01");
        long exact = ContributionsIT.created(prepareInWindow(programme, inWindow, decision))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> approved = Grants.approve("approver", exact);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(Grants.allocation(exact).getString("window")).isEqualTo("TECHNICAL_SUPPORT");
        assertThat(Grants.availableInWindow("TECHNICAL_SUPPORT")).isEqualTo(new BigDecimal("0.00"));
        assertThat(Grants.available(AREA))
                .as("nor did the window's allocation use the area's money")
                .isEqualByComparingTo(areaBefore);
        HttpResponse<String> unknown = Api.as("officer")
                .idempotent()
                .post(
                        "/api/v1/allocations",
                        Api.json(
                                "programme",
                                programme,
                                "puno",
                                "IOM",
                                "amount",
                                new BigDecimal("1.00"),
                                "decision",
                                decision,
                                "window",
                                "SOMEWHERE"));
        assertThat(FundServer.object(unknown).getString("type")).endsWith("/unknown-window");

        // a programme is funded from one window, and its transfers post in it
        HttpResponse<String> otherWindow = Grants.prepare(programme, "IOM", "1.00", decision);
        assertThat(otherWindow.statusCode()).isEqualTo(422);
        assertThat(FundServer.object(otherWindow).getString("type")).endsWith("/window-differs");
        long instruction = Grants.approvedInstruction(programme, "IOM", "1000.00");
        JsonObject transfer = ContributionsIT.created(Grants.execute("finance", instruction, "2026-01-25"));
        JsonObject entry = FundServer.object(FundServer.getAs(
                "auditor",
                "/api/v1/ledger/entries/"
                        + transfer.getJsonNumber("journalEntry").longValue()));
        assertThat(entry.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("account") + " " + l.getString("side") + " " + l.getJsonNumber("amount")
                        + " " + l.getString("window"))
                .containsExactly("1200 DEBIT 1000.00 TECHNICAL_SUPPORT", "1100 CREDIT 1000.00 TECHNICAL_SUPPORT");
    }

    private static HttpResponse<String> prepareInWindow(String programme, BigDecimal amount, String decision) {
        return Api.as("officer")
                .idempotent()
                .post(
                        "/api/v1/allocations",
                        Api.json(
                                "programme", programme,
                                "puno", "IOM",
                                "amount", amount,
                                "decision", decision,
                                "window", "TECHNICAL_SUPPORT"));
    }

    @Test
    void anApprovalAboveWhatIsLeftIsRefusedAndStaysPending() {
        Grants.earmarkedDeposit(AREA, "5000.00"); // + 4,950.00
        BigDecimal available = Grants.available(AREA);
        String programme = bigProgramme(available);
        String decision = Grants.decision("ALLOCATE");
        long first = Grants.prepared(programme, "IOM", available.toPlainString(), decision);
        long second = Grants.prepared(programme, "IOM", "0.01", decision);
        assertThat(Grants.approve("approver", first).statusCode()).isEqualTo(200);

        long approval = Grants.approvalOf(second);
        HttpResponse<String> refused =
                Api.as("approver").idempotent().post("/api/v1/approvals/" + approval + "/approval");

        ErrorContractIT.assertProblem(refused, 422, "/api/v1/approvals/" + approval + "/approval");
        assertThat(FundServer.object(refused).getString("type")).endsWith("/insufficient-available");
        assertThat(Grants.allocation(second).getString("status")).isEqualTo("PENDING");
        assertThat(Grants.available(AREA)).isEqualTo(new BigDecimal("0.00"));
        JsonObject iom = Grants.funding(programme, "IOM");
        assertThat(iom.getJsonNumber("allocated").bigDecimalValue()).isEqualByComparingTo(available);
        assertThat(iom.getJsonNumber("awaitingApproval").bigDecimalValue()).isEqualByComparingTo("0.01");
    }

    @Test
    void twoApprovalsRacingForTheLastDollarsExactlyOneWins() throws Exception {
        Grants.earmarkedDeposit(AREA, "10000.00"); // + 9,900.00
        BigDecimal available = Grants.available(AREA);
        String programme = bigProgramme(available);
        String decision = Grants.decision("ALLOCATE");
        // each fits alone, not both: more than half of what is available
        String each = available
                .divide(new BigDecimal("2"))
                .add(new BigDecimal("0.01"))
                .setScale(2, java.math.RoundingMode.DOWN)
                .toPlainString();
        long a = Grants.prepared(programme, "IOM", each, decision);
        long b = Grants.prepared(programme, "IOM", each, decision);
        long approvalA = Grants.approvalOf(a);
        long approvalB = Grants.approvalOf(b);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (long approval : new long[] {approvalA, approvalB}) {
            Callable<HttpResponse<String>> call = () -> {
                start.await();
                return Api.as("approver").idempotent().post("/api/v1/approvals/" + approval + "/approval");
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> r : results) {
            statuses.add(r.get().statusCode());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(200, 422);
        List<String> states = List.of(
                Grants.allocation(a).getString("status"), Grants.allocation(b).getString("status"));
        assertThat(states).containsExactlyInAnyOrder("APPROVED", "PENDING");
        assertThat(Grants.available(AREA)).isEqualTo(available.subtract(new BigDecimal(each)));
    }

    @Test
    void theMakerNeverApprovesTheirOwnAllocationEvenWithTheApproversRole() {
        Accounts.Ready maker = Accounts.ready("FUND_OFFICER", null);
        Grants.earmarkedDeposit(AREA, "100.00");
        String programme = Grants.approvedProgramme(AREA, List.of(Grants.line("UNDP", "2", 2026, "1000.00")));
        String decision = Grants.decision("ALLOCATE");
        JsonObject prepared = ContributionsIT.created(Api.as(maker.username(), maker.password())
                .idempotent()
                .post(
                        "/api/v1/allocations",
                        Api.json(
                                "programme",
                                programme,
                                "puno",
                                "UNDP",
                                "amount",
                                new BigDecimal("10.00"),
                                "decision",
                                decision)));
        long id = prepared.getJsonNumber("id").longValue();
        HttpResponse<String> promoted =
                Api.as("admin").put("/api/v1/users/" + maker.username() + "/role", Api.json("role", "FUND_APPROVER"));
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);

        long approval = Grants.approvalOf(id);
        HttpResponse<String> own = Api.as(maker.username(), maker.password())
                .idempotent()
                .post("/api/v1/approvals/" + approval + "/approval");

        ErrorContractIT.assertProblem(own, 422, "/api/v1/approvals/" + approval + "/approval");
        assertThat(FundServer.object(own).getString("type")).endsWith("/maker-checker");
        assertThat(Grants.allocation(id).getString("status")).isEqualTo("PENDING");
        assertThat(Grants.funding(programme, "UNDP").getJsonNumber("allocated").bigDecimalValue())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void anAllocationStaysWithinThePunosBudgetAndCitesAnAllocationDecision() {
        String programme = Grants.approvedProgramme(AREA, List.of(Grants.line("ILO", "4", 2027, "1000.00")));
        String decision = Grants.decision("ALLOCATE");
        // ILO's budget: 1,000.00 direct + 70.00 ISC at 7 % = 1,070.00
        HttpResponse<String> over = Grants.prepare(programme, "ILO", "1070.01", decision);
        assertThat(FundServer.object(over).getString("type")).endsWith("/allocation-above-budget");
        assertThat(FundServer.object(over).getString("detail")).contains("USD 1070.00");

        HttpResponse<String> wrongDecision =
                Grants.prepare(programme, "ILO", "100.00", Grants.decision("NO_COST_EXTENSION"));
        assertThat(FundServer.object(wrongDecision).getString("type")).endsWith("/decision-not-an-allocation");
        HttpResponse<String> notAPuno = Grants.prepare(programme, "UNHCR", "100.00", decision);
        assertThat(FundServer.object(notAPuno).getString("type")).endsWith("/not-a-puno-of-programme");
        String pipeline = Grants.pipelineProgramme(AREA, List.of(Grants.line("ILO", "4", 2027, "1000.00")));
        HttpResponse<String> notApproved = Grants.prepare(pipeline, "ILO", "100.00", decision);
        assertThat(FundServer.object(notApproved).getString("type")).endsWith("/programme-not-approved");

        for (HttpResponse<String> refused : List.of(over, wrongDecision, notAPuno, notApproved)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        }
        assertThat(FundServer.object(FundServer.getAs("auditor", "/api/v1/allocations?programme=" + programme))
                        .getJsonNumber("total")
                        .longValue())
                .as("nothing was written")
                .isZero();
        Grants.prepared(programme, "ILO", "1070.00", decision);
        assertThat(Grants.funding(programme, "ILO")
                        .getJsonNumber("awaitingApproval")
                        .bigDecimalValue())
                .isEqualByComparingTo("1070.00");
    }
}
