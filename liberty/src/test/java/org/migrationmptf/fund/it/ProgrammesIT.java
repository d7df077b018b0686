package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Joint programmes: registered with a budget whose ISC lines are computed (at most 7 %), moved only
 * along their status graph, read by the fund's staff and by the PUNOs that take part; financial
 * closure waits for the final certified reports.
 */
class ProgrammesIT {

    @Test
    void aProgrammeIsRegisteredWithItsBudgetAndTheIscComputedToTheCent() {
        String code = Grants.unique("IT");
        HttpResponse<String> response = Api.as("officer")
                .post(
                        "/api/v1/programmes",
                        Grants.programmeBody(
                                code,
                                "TA2",
                                List.of(
                                        Grants.line("IOM", "1", 2026, "100000.05"),
                                        Grants.line("IOM", "5", 2027, "20000.00"),
                                        Grants.line("UNICEF", "6", 2026, "33333.33"))));

        JsonObject programme = ContributionsIT.created(response);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/programmes/" + code));
        assertThat(programme.getString("status")).isEqualTo("PIPELINE");
        List<JsonObject> punos = programme.getJsonArray("punos").getValuesAs(JsonObject.class);
        // IOM: 120,000.05 direct, ISC 7 % = 8,400.0035 -> 8,400.00; UNICEF: 33,333.33 -> 2,333.3331 -> 2,333.33
        assertThat(punos)
                .extracting(p -> p.getString("puno") + " " + p.getJsonNumber("directCosts") + " "
                        + p.getJsonNumber("indirectSupportCosts") + " " + p.getJsonNumber("total"))
                .containsExactly("IOM 120000.05 8400.00 128400.05", "UNICEF 33333.33 2333.33 35666.66");
        assertThat(programme.getJsonNumber("budgetTotal").bigDecimalValue()).isEqualTo(new BigDecimal("164066.71"));

        JsonObject read = FundServer.object(FundServer.getAs("auditor", "/api/v1/programmes/" + code));
        assertThat(read.getJsonObject("programme").toString()).isEqualTo(programme.toString());
        JsonObject funding = read.getJsonObject("funding");
        assertThat(funding.getJsonNumber("budget").bigDecimalValue()).isEqualTo(new BigDecimal("164066.71"));
        assertThat(funding.getJsonNumber("netFunded").bigDecimalValue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(funding.containsKey("deliveryRate"))
                .as("nothing net funded: no rate (nulls are left out)")
                .isFalse();
    }

    @Test
    void indirectSupportCostsAboveSevenPercentAreRefused() {
        String code = Grants.unique("IT");
        JsonObject body = Grants.programmeBody(code, "TA1", List.of(Grants.line("UNDP", "1", 2026, "1000.00")));
        String withRate = body.toString().replaceFirst("\\}$", ",\"iscRates\":{\"UNDP\":0.0701}}");

        HttpResponse<String> refused = Api.as("officer").postJson("/api/v1/programmes", withRate);

        ErrorContractIT.assertProblem(refused, 422, "/api/v1/programmes");
        assertThat(FundServer.object(refused).getString("type")).endsWith("/isc-above-ceiling");
        assertThat(FundServer.getAs("auditor", "/api/v1/programmes/" + code).statusCode())
                .isEqualTo(404);
        HttpResponse<String> lower =
                Api.as("officer").postJson("/api/v1/programmes", withRate.replace("0.0701", "0.05"));
        JsonObject accepted = ContributionsIT.created(lower);
        assertThat(accepted.getJsonArray("punos")
                        .getJsonObject(0)
                        .getJsonNumber("indirectSupportCosts")
                        .toString())
                .isEqualTo("50.00");
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        HttpResponse<String> refused = Api.as("officer")
                .postJson("/api/v1/programmes", "{\"geography\":\"REGIONAL\",\"countries\":[\"KEN\"]}");

        ErrorContractIT.assertProblem(refused, 400, "/api/v1/programmes");
        assertThat(FundServer.object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("code", "title", "countries", "thematicArea", "startsOn", "endsOn", "budget", "leadPuno");
    }

    @Test
    void aProgrammeMovesOnlyAlongItsGraphAndApprovalCitesADecision() {
        String code = Grants.pipelineProgramme("TA3", List.of(Grants.line("ILO", "4", 2026, "5000.00")));

        HttpResponse<String> jump = Grants.changeStatus(code, "ACTIVE", null);
        ErrorContractIT.assertProblem(jump, 422, "/api/v1/programmes/" + code + "/status");
        assertThat(FundServer.object(jump).getString("type")).endsWith("/illegal-status-change");
        HttpResponse<String> uncited = Grants.changeStatus(code, "APPROVED", null);
        assertThat(FundServer.object(uncited).getString("type")).endsWith("/decision-required");
        HttpResponse<String> wrongType = Grants.changeStatus(code, "APPROVED", Grants.decision("ALLOCATE"));
        assertThat(FundServer.object(wrongType).getString("type")).endsWith("/decision-required");

        String decision = Grants.decision("APPROVE_PROGRAMME");
        Grants.moveTo(code, "APPROVED", decision);
        Grants.moveTo(code, "ACTIVE", null);
        Grants.moveTo(code, "OPERATIONALLY_CLOSED", null);
        HttpResponse<String> closure = Grants.changeStatus(code, "FINANCIALLY_CLOSED", null);

        ErrorContractIT.assertProblem(closure, 422, "/api/v1/programmes/" + code + "/status");
        assertThat(FundServer.object(closure).getString("type")).endsWith("/final-report-missing");
        JsonObject programme = FundServer.object(FundServer.getAs("auditor", "/api/v1/programmes/" + code))
                .getJsonObject("programme");
        assertThat(programme.getString("status")).isEqualTo("OPERATIONALLY_CLOSED");
        assertThat(programme.getString("approvalDecision")).isEqualTo(decision);
        JsonObject audit = FundServer.object(FundServer.getAs(
                "auditor", "/api/v1/audit-events?subjectType=Programme&subjectId=" + code + "&limit=50"));
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + " " + e.getString("outcome"))
                .contains("PROGRAMME_STATUS_CHANGED REFUSED", "PROGRAMME_STATUS_CHANGED DONE");
    }

    @Test
    void aStaleVersionIsRefusedAndTheProgrammeStaysAsItWas() {
        String code = Grants.pipelineProgramme("TA5", List.of(Grants.line("UNHCR", "2", 2026, "700.00")));
        HttpResponse<String> stale = Api.as("officer")
                .ifMatch("\"0\"")
                .post(
                        "/api/v1/programmes/" + code + "/status",
                        Api.json("status", "APPROVED", "decision", Grants.decision("APPROVE_PROGRAMME")));

        ErrorContractIT.assertProblem(stale, 412, "/api/v1/programmes/" + code + "/status");
        assertThat(FundServer.object(FundServer.getAs("auditor", "/api/v1/programmes/" + code))
                        .getJsonObject("programme")
                        .getString("status"))
                .isEqualTo("PIPELINE");
    }

    @Test
    void aPunoReporterReadsOnlyTheProgrammesOfItsOrganization() {
        String withIom = Grants.pipelineProgramme("TA1", List.of(Grants.line("IOM", "1", 2026, "100.00")));
        String withoutIom = Grants.pipelineProgramme("TA1", List.of(Grants.line("UNDP", "1", 2026, "100.00")));

        assertThat(FundServer.getAs("iom.reporter", "/api/v1/programmes/" + withIom)
                        .statusCode())
                .isEqualTo(200);
        assertThat(FundServer.getAs("iom.reporter", "/api/v1/programmes/" + withoutIom)
                        .statusCode())
                .isEqualTo(404);
        JsonObject page = FundServer.object(FundServer.getAs("iom.reporter", "/api/v1/programmes?limit=500"));
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("code"))
                .contains(withIom)
                .doesNotContain(withoutIom);
        assertThat(FundServer.getAs("deu.donor", "/api/v1/programmes").statusCode())
                .isEqualTo(403);
    }
}
