package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transfers in tranches: an instruction is prepared by the secretariat within what is allocated to
 * the programme's PUNO, approved by a different user, and executed by the Administrative Agent, which
 * posts funds with PUNOs against cash; a later tranche waits until the earlier ones are 70 % spent.
 */
class TransfersIT {

    private static final String AREA = "TA3";

    /** An approved programme with USD 10,700.00 allocated to IOM (10,000.00 direct + 7 % ISC). */
    private static String allocatedProgramme() {
        Grants.earmarkedDeposit(AREA, "20000.00");
        String programme = Grants.approvedProgramme(AREA, List.of(Grants.line("IOM", "1", 2026, "10000.00")));
        Grants.allocated(programme, "IOM", "10700.00", Grants.decision("ALLOCATE"));
        return programme;
    }

    @Test
    void anApprovedInstructionIsExecutedAndPostsFundsWithThePunoAgainstCash() {
        String programme = allocatedProgramme();
        java.math.BigDecimal cashBefore =
                ContributionsIT.cash(java.time.LocalDate.now().toString());
        long instruction = Grants.approvedInstruction(programme, "IOM", "7490.00");

        HttpResponse<String> executed = Grants.execute("finance", instruction, "2026-01-25");

        JsonObject transfer = ContributionsIT.created(executed);
        assertThat(transfer.getString("status")).isEqualTo("EXECUTED");
        assertThat(transfer.getInt("tranche")).isEqualTo(1);
        assertThat(transfer.getString("executedBy")).isEqualTo("finance");
        JsonObject entry = FundServer.object(FundServer.getAs(
                "auditor",
                "/api/v1/ledger/entries/"
                        + transfer.getJsonNumber("journalEntry").longValue()));
        assertThat(entry.getString("kind")).isEqualTo("TRANSFER");
        assertThat(entry.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("account") + " " + l.getString("side") + " " + l.getJsonNumber("amount")
                        + " " + l.getString("programme") + " " + l.getString("puno") + " "
                        + l.getString("thematicArea") + " " + l.getString("window"))
                .containsExactly(
                        "1200 DEBIT 7490.00 " + programme + " IOM " + AREA + " PROGRAMMATIC",
                        "1100 CREDIT 7490.00 " + programme + " IOM " + AREA + " PROGRAMMATIC");
        assertThat(ContributionsIT.cash(java.time.LocalDate.now().toString()))
                .isEqualByComparingTo(cashBefore.subtract(new java.math.BigDecimal("7490.00")));
        JsonObject iom = Grants.funding(programme, "IOM");
        assertThat(iom.getJsonNumber("transferred").toString()).isEqualTo("7490.00");
        assertThat(iom.getJsonNumber("netFunded").toString()).isEqualTo("7490.00");
        assertThat(iom.getJsonNumber("deliveryRate").toString()).isEqualTo("0.0000");
        assertThat(FundServer.object(FundServer.getAs("auditor", "/api/v1/transfers?programme=" + programme))
                        .getJsonNumber("total")
                        .longValue())
                .isEqualTo(1);

        HttpResponse<String> again = Grants.execute("finance2", instruction, "2026-01-26");
        ErrorContractIT.assertProblem(again, 409, "/api/v1/transfers");
        assertThat(FundServer.object(again).getString("type")).endsWith("/already-executed");
    }

    @Test
    void aSecondTrancheBeforeSeventyPercentOfTheFirstIsSpentIsRefused() {
        String programme = allocatedProgramme();
        long first = Grants.approvedInstruction(programme, "IOM", "5000.00");
        ContributionsIT.created(Grants.execute("finance", first, "2026-01-25"));

        HttpResponse<String> second = Grants.instruct(programme, "IOM", "3000.00");

        ErrorContractIT.assertProblem(second, 422, "/api/v1/transfer-instructions");
        assertThat(FundServer.object(second).getString("type")).endsWith("/tranche-before-spending");
        assertThat(FundServer.object(second).getString("detail"))
                .contains("USD 0.00 spent of the USD 5000.00 transferred")
                .contains("70 % (USD 3500.00)");
        assertThat(FundServer.object(
                                FundServer.getAs("auditor", "/api/v1/transfer-instructions?programme=" + programme))
                        .getJsonNumber("total")
                        .longValue())
                .isEqualTo(1);
    }

    @Test
    void instructionsStayWithinTheAllocationAndOnlyApprovedOnesAreExecuted() {
        String programme = allocatedProgramme();

        HttpResponse<String> above = Grants.instruct(programme, "IOM", "10700.01");
        assertThat(above.statusCode()).as(above.body()).isEqualTo(422);
        assertThat(FundServer.object(above).getString("type")).endsWith("/transfer-above-allocation");
        assertThat(FundServer.object(above).getString("detail")).contains("at most USD 10700.00 more");

        long pending = ContributionsIT.created(Grants.instruct(programme, "IOM", "10700.00"))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> early = Grants.execute("finance", pending, "2026-01-25");
        ErrorContractIT.assertProblem(early, 422, "/api/v1/transfers");
        assertThat(FundServer.object(early).getString("type")).endsWith("/instruction-not-approved");
        HttpResponse<String> byOfficer = Grants.execute("officer", pending, "2026-01-25");
        assertThat(byOfficer.statusCode()).isEqualTo(403);
        assertThat(Grants.funding(programme, "IOM").getJsonNumber("transferred").toString())
                .isEqualTo("0.00");
    }
}
