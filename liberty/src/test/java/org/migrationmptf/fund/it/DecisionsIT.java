package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Steering Committee's decision register: the secretariat's officer records a decision once,
 * under a unique number, dated no later than today; the fund's staff read it a page at a time; every
 * recording and every refused attempt is on the audit trail.
 */
class DecisionsIT {

    private static String number() {
        return "SC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static JsonObject decision(String number, String decidedOn, String type) {
        return Api.json(
                "number",
                number,
                "decidedOn",
                decidedOn,
                "procedure",
                "WRITTEN_PROCEDURE",
                "type",
                type,
                "text",
                "Approves the joint programme and allocates USD 1,500,000.00 to IOM and UNDP");
    }

    @Test
    void theOfficerRecordsADecisionThatStaffThenRead() {
        String number = number();
        HttpResponse<String> response =
                Api.as("officer").post("/api/v1/decisions", decision(number, "2026-04-30", "ALLOCATE"));

        JsonObject recorded = ContributionsIT.created(response);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/decisions/" + number));
        assertThat(recorded.getString("number")).isEqualTo(number);
        assertThat(recorded.getString("decidedOn")).isEqualTo("2026-04-30");
        assertThat(recorded.getString("procedure")).isEqualTo("WRITTEN_PROCEDURE");
        assertThat(recorded.getString("type")).isEqualTo("ALLOCATE");
        assertThat(recorded.getString("recordedBy")).isEqualTo("officer");

        JsonObject read = FundServer.object(FundServer.getAs("auditor", "/api/v1/decisions/" + number));
        assertThat(read).isEqualTo(recorded);
        JsonObject audit = FundServer.object(FundServer.getAs(
                "auditor", "/api/v1/audit-events?subjectType=Decision&subjectId=" + number + "&limit=5"));
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getString("action")).isEqualTo("DECISION_RECORDED");
                    assertThat(e.getString("actor")).isEqualTo("officer");
                });
    }

    @Test
    void aNumberIsRecordedOnceAndTheRefusalIsAudited() {
        String number = number();
        ContributionsIT.created(
                Api.as("officer").post("/api/v1/decisions", decision(number, "2026-03-01", "APPROVE_PROGRAMME")));

        HttpResponse<String> again =
                Api.as("officer").post("/api/v1/decisions", decision(number, "2026-03-02", "TOP_UP"));

        ErrorContractIT.assertProblem(again, 422, "/api/v1/decisions");
        assertThat(FundServer.object(again).getString("type")).endsWith("/duplicate-decision");
        assertThat(FundServer.object(FundServer.getAs("auditor", "/api/v1/decisions/" + number))
                        .getString("type"))
                .isEqualTo("APPROVE_PROGRAMME");
        JsonObject audit = FundServer.object(FundServer.getAs(
                "auditor", "/api/v1/audit-events?subjectType=Decision&subjectId=" + number + "&limit=5"));
        assertThat(audit.getJsonNumber("total").longValue()).isEqualTo(2);
    }

    @Test
    void aDecisionDatedTomorrowOrOfAnUnknownTypeOrWithoutTextIsRefused() {
        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        HttpResponse<String> future =
                Api.as("officer").post("/api/v1/decisions", decision(number(), tomorrow, "CLOSE"));
        ErrorContractIT.assertProblem(future, 422, "/api/v1/decisions");
        assertThat(FundServer.object(future).getString("type")).endsWith("/decision-in-future");

        HttpResponse<String> unknownType =
                Api.as("officer").post("/api/v1/decisions", decision(number(), "2026-01-10", "SPEND_IT_ALL"));
        ErrorContractIT.assertProblem(unknownType, 400, "/api/v1/decisions");

        HttpResponse<String> noText = Api.as("officer")
                .post(
                        "/api/v1/decisions",
                        Api.json(
                                "number",
                                number(),
                                "decidedOn",
                                "2026-01-10",
                                "procedure",
                                "MEETING",
                                "type",
                                "CLOSE"));
        ErrorContractIT.assertProblem(noText, 400, "/api/v1/decisions");
        assertThat(FundServer.object(noText)
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("text");

        HttpResponse<String> badNumber =
                Api.as("officer").post("/api/v1/decisions", decision("SC 2026 <script>", "2026-01-10", "CLOSE"));
        ErrorContractIT.assertProblem(badNumber, 400, "/api/v1/decisions");
    }

    @Test
    void theRegisterIsPagedLatestFirstAndSortsByNumber() {
        for (String day : new String[] {"2020-01-02", "2020-01-03", "2020-01-04"}) {
            ContributionsIT.created(Api.as("officer").post("/api/v1/decisions", decision(number(), day, "ALLOCATE")));
        }

        JsonObject first = FundServer.object(FundServer.getAs("finance", "/api/v1/decisions?limit=2"));
        assertThat(first.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(first.getJsonArray("items")).hasSize(2);
        String latest = first.getJsonArray("items").getJsonObject(0).getString("decidedOn");
        String next = first.getJsonArray("items").getJsonObject(1).getString("decidedOn");
        assertThat(latest).isGreaterThanOrEqualTo(next);

        JsonObject byNumber =
                FundServer.object(FundServer.getAs("approver", "/api/v1/decisions?sort=number&order=asc&limit=500"));
        java.util.List<String> numbers = byNumber.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("number"))
                .toList();
        assertThat(numbers).isSorted();
        ErrorContractIT.assertProblem(
                FundServer.getAs("auditor", "/api/v1/decisions?sort=amount"), 400, "/api/v1/decisions");
    }

    @Test
    void theOfficerRecordsADecisionOnThePageAndAnApproversForgedFormWritesNothing() {
        String number = number();
        PageSession officer = PageSession.signedIn("officer");
        PageSession.Form form = officer.open("/staff/decisions.xhtml")
                .form("record")
                .set("record:number", number)
                .set("record:decidedOn", "2026-06-15")
                .set("record:procedure", "MEETING")
                .set("record:type", "NO_COST_EXTENSION")
                .set("record:text", "Extends MIG-NPL-2024 to 31 December 2027 at no cost")
                .press("record:save");

        PageSession.Page sent = officer.submit(form);

        assertThat(sent.status()).as(sent.html()).isEqualTo(302);
        PageSession.Page shown = officer.follow(sent.location().orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertThat(shown.html()).contains("Decision " + number + " recorded");
        JsonObject recorded = FundServer.object(FundServer.getAs("auditor", "/api/v1/decisions/" + number));
        assertThat(recorded.getString("type")).isEqualTo("NO_COST_EXTENSION");
        assertThat(recorded.getString("recordedBy")).isEqualTo("officer");

        // the approver reads the register but has no form; the officer's form sent from the approver's
        // session is refused (a view of another session) and writes nothing
        PageSession approver = PageSession.signedIn("approver");
        PageSession.Page register = approver.open("/staff/decisions.xhtml");
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.html()).contains(number).doesNotContain("<form id=\"record\"");
        String forgedNumber = number();
        PageSession.Form forged = officer.open("/staff/decisions.xhtml")
                .form("record")
                .set("record:number", forgedNumber)
                .set("record:decidedOn", "2026-06-15")
                .set("record:text", "Allocates everything")
                .press("record:save");
        PageSession.Page refused = approver.submit(forged);
        assertThat(refused.status()).isIn(200, 302, 403);
        assertThat(FundServer.getAs("auditor", "/api/v1/decisions/" + forgedNumber)
                        .statusCode())
                .isEqualTo(404);
    }
}
