package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmptf.fund.it.Api.amount;
import static org.migrationmptf.fund.it.Api.json;
import static org.migrationmptf.fund.it.ErrorContractIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one four-eyes mechanism, on a period close (design.md invariant 9, quality bar R6): a pending
 * approval exists once per subject and action; the inbox offers it to whoever may decide it, never to
 * its maker; the checker approves exactly the version and the contents the maker prepared; every
 * decision is on the audit trail; only then does the month refuse postings.
 */
class ApprovalsIT {

    /** A month of the given year (other tests close 2001-2015 and 2018), picked at random. */
    private static String monthOf(int year) {
        return String.format("%d-%02d", year, 1 + (int) (Math.random() * 12));
    }

    private static String interestIn(String month) {
        return Api.as("finance")
                .idempotent()
                .post(
                        "/api/v1/ledger/interest",
                        json(
                                "valueDate",
                                month + "-15",
                                "amountUsd",
                                amount("1.50"),
                                "reference",
                                "IT-A-" + UUID.randomUUID().toString().substring(0, 8)))
                .body();
    }

    @Test
    void aCloseIsPreparedOnceDecidedByAnotherAndOnlyThenRefusesPostings() {
        String month = monthOf(2016);
        interestIn(month);
        String closure = "/api/v1/ledger/periods/" + month + "/closure";

        HttpResponse<String> prepared = Api.as("finance").post(closure);
        assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(202);
        JsonObject approval = FundServer.object(prepared);
        assertThat(approval.getString("status")).isEqualTo("PENDING");
        assertThat(approval.getString("payload"))
                .contains("\"period\":\"" + month + "\"")
                .contains("\"entries\":");
        HttpResponse<String> twice = Api.as("finance2").post(closure);
        assertProblem(twice, 409, closure);
        assertThat(FundServer.object(twice).getString("type")).endsWith("/approval-pending");

        String id = String.valueOf(approval.getInt("id"));
        assertThat(inboxOf("finance2")).contains("\"id\":" + id + ",");
        assertThat(inboxOf("finance")).as("never the maker's own").doesNotContain("\"id\":" + id + ",");
        assertThat(inboxOf("auditor")).as("the auditor decides nothing").contains("\"total\":0");
        assertThat(FundServer.object(Api.as("auditor").get("/api/v1/ledger/periods/" + month))
                        .getString("status"))
                .as("still open while pending")
                .isEqualTo("OPEN");

        String etag = Api.as("finance2")
                .get("/api/v1/approvals/" + id)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> stale =
                Api.as("finance2").idempotent().ifMatch("\"99\"").post("/api/v1/approvals/" + id + "/approval");
        assertProblem(stale, 412, "/api/v1/approvals/" + id + "/approval");

        HttpResponse<String> approved =
                Api.as("finance2").idempotent().ifMatch(etag).post("/api/v1/approvals/" + id + "/approval");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(FundServer.object(approved).getString("decidedBy")).isEqualTo("finance2");
        assertThat(FundServer.object(Api.as("auditor").get("/api/v1/ledger/periods/" + month))
                        .getString("status"))
                .isEqualTo("CLOSED");
        JsonObject decision = FundServer.object(Api.as("auditor")
                        .get("/api/v1/audit-events?subjectType=AccountingPeriod&subjectId=" + month + "&limit=1"))
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(decision.getString("action")).isEqualTo("PERIOD_CLOSED");
        assertThat(decision.getString("actor")).isEqualTo("finance2");
        assertThat(decision.getString("detail")).contains("approval " + id).contains("prepared by finance");

        assertThat(interestIn(month)).contains("closed-period");
    }

    @Test
    void aCloseIsRefusedWhenTheMonthChangedAfterItWasPrepared() {
        String month = monthOf(2017);
        interestIn(month);
        HttpResponse<String> prepared = Api.as("finance").post("/api/v1/ledger/periods/" + month + "/closure");
        assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(202);
        String id = String.valueOf(FundServer.object(prepared).getInt("id"));

        interestIn(month); // an entry arrives after the maker stated what the month holds

        HttpResponse<String> approved = Api.as("finance2").idempotent().post("/api/v1/approvals/" + id + "/approval");
        assertProblem(approved, 409, "/api/v1/approvals/" + id + "/approval");
        assertThat(FundServer.object(approved).getString("type")).endsWith("/approval-outdated");
        assertThat(FundServer.object(Api.as("auditor").get("/api/v1/ledger/periods/" + month))
                        .getString("status"))
                .isEqualTo("OPEN");

        HttpResponse<String> rejected = Api.as("finance2")
                .post("/api/v1/approvals/" + id + "/rejection", json("reason", "the month changed; prepare again"));
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(Api.as("finance")
                        .post("/api/v1/ledger/periods/" + month + "/closure")
                        .statusCode())
                .as("a rejected close may be prepared again")
                .isEqualTo(202);
    }

    @Test
    void aDepositWaitsInTheSameInboxAndIsDecidedThroughEitherDoor() {
        long agreement = ContributionsIT.agreement("DEU", "2026-01-05", "USD", "800.00", "2026-02-28");
        int deposit = ContributionsIT.created(
                        ContributionsIT.record(agreement, "2026-01-20", "800.00", "USD", ContributionsIT.key()))
                .getInt("id");
        String approval = WriteMatrixIT.pendingApproval("DEPOSIT_POSTING", String.valueOf(deposit));
        assertThat(inboxOf("finance2")).contains("\"subjectId\":\"" + deposit + "\"");

        HttpResponse<String> approved =
                Api.as("finance2").idempotent().post("/api/v1/approvals/" + approval + "/approval");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

        assertThat(FundServer.object(Api.as("auditor").get("/api/v1/deposits/" + deposit))
                        .getString("status"))
                .isEqualTo("POSTED");
        HttpResponse<String> again = ContributionsIT.verify("finance2", deposit, ContributionsIT.key());
        assertProblem(again, 409, "/api/v1/deposits/" + deposit + "/verification");
        assertThat(FundServer.object(again).getString("type")).endsWith("/already-posted");
    }

    private static String inboxOf(String user) {
        return Api.as(user).get("/api/v1/approvals?limit=500").body();
    }
}
