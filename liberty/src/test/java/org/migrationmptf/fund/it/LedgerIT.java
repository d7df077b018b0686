package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmptf.fund.it.ErrorContractIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Treasury postings and corrections over HTTP: interest and bank charges move the cash exactly, a
 * reversal cancels an entry and names it, once; a deposit's entries are not reversed one by one.
 */
class LedgerIT {

    @Test
    void interestAndBankChargesMoveTheCashExactlyAndAReversalCancelsOnce() {
        var before = ContributionsIT.cash("2026-01-31");
        JsonObject interest = created(post(
                "/api/v1/ledger/interest",
                "{\"valueDate\":\"2026-01-30\",\"amountUsd\":1234.57," + "\"reference\":\"INT-"
                        + ContributionsIT.key().substring(0, 8) + "\"}"));
        created(post(
                "/api/v1/ledger/bank-charges",
                "{\"valueDate\":\"2026-01-30\",\"amountUsd\":34.50," + "\"reference\":\"BC-"
                        + ContributionsIT.key().substring(0, 8) + "\"}"));
        assertThat(ContributionsIT.cash("2026-01-31").subtract(before)).isEqualByComparingTo("1200.07");

        String path = "/api/v1/ledger/entries/" + interest.getInt("id") + "/reversal";
        JsonObject reversal =
                created(post(path, "{\"reversedOn\":\"2026-01-31\",\"reason\":\"booked twice by the bank\"}"));

        assertThat(reversal.getInt("reverses")).isEqualTo(interest.getInt("id"));
        assertThat(reversal.getString("kind")).isEqualTo("REVERSAL");
        assertThat(ContributionsIT.cash("2026-01-31").subtract(before)).isEqualByComparingTo("-34.50");
        HttpResponse<String> again = post(path, "{\"reversedOn\":\"2026-01-31\",\"reason\":\"again\"}");
        assertProblem(again, 422, path);
        assertThat(FundServer.object(again).getString("type")).endsWith("/already-reversed");
    }

    @Test
    void aDepositEntryIsNotReversedOnItsOwn() {
        long agreement = ContributionsIT.agreement("DEU", "2026-01-05", "USD", "800.00", "2026-02-28");
        int deposit = ContributionsIT.created(
                        ContributionsIT.record(agreement, "2026-01-20", "800.00", "USD", ContributionsIT.key()))
                .getInt("id");
        JsonObject posted = FundServer.object(ContributionsIT.verify("finance2", deposit, ContributionsIT.key()));
        String path = "/api/v1/ledger/entries/" + posted.getInt("depositEntryId") + "/reversal";

        HttpResponse<String> refused = post(path, "{\"reversedOn\":\"2026-01-31\",\"reason\":\"wrong agreement\"}");

        assertProblem(refused, 422, path);
        assertThat(FundServer.object(refused).getString("type")).endsWith("/reverse-through-deposit");
    }

    @Test
    void theAuditorReadsTheLedgerButCannotPostToIt() {
        assertThat(FundServer.getAs("auditor", "/api/v1/ledger/entries?limit=5").statusCode())
                .isEqualTo(200);
        assertThat(FundServer.getAs("auditor", "/api/v1/ledger/periods").statusCode())
                .isEqualTo(200);
        HttpResponse<String> denied = FundServer.send(FundServer.requestAs("auditor", "/api/v1/ledger/interest")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", ContributionsIT.key())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"valueDate\":\"2026-01-30\",\"amountUsd\":1.00,\"reference\":\"X\"}")));
        assertProblem(denied, 403, "/api/v1/ledger/interest");
    }

    private static HttpResponse<String> post(String path, String json) {
        return FundServer.send(FundServer.requestAs("finance", path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", ContributionsIT.key())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return FundServer.object(response);
    }
}
