package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The front of the pipeline and the programme's classification: concept notes recorded, screened,
 * shortlisted or rejected with a reason; a programme registered from a shortlisted note only, once;
 * GCM objectives, guiding principles and markers checked against the code lists; no-cost extensions
 * citing their decision and moving the end date later.
 */
class ConceptNotesIT {

    private static HttpResponse<String> decide(long note, String status, String reason) {
        return Api.as("officer")
                .post("/api/v1/concept-notes/" + note + "/status", Api.json("status", status, "reason", reason));
    }

    private static JsonObject note(long id) {
        return FundServer.object(FundServer.getAs("auditor", "/api/v1/concept-notes/" + id));
    }

    @Test
    void aNoteIsRecordedAsSubmittedWithItsAmountToTheCent() {
        JsonObject recorded = ContributionsIT.created(Api.as("officer")
                .post("/api/v1/concept-notes", Grants.conceptNoteBody(Grants.unique("Corridors"), "695500.05")));

        assertThat(recorded.getString("status")).isEqualTo("SUBMITTED");
        assertThat(recorded.getJsonNumber("requestedAmount").bigDecimalValue()).isEqualByComparingTo("695500.05");
        assertThat(recorded.getJsonArray("punos").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("IOM", "ILO");
        assertThat(recorded.getString("recordedBy")).isEqualTo("officer");
        JsonObject listed = FundServer.object(
                FundServer.getAs("approver", "/api/v1/concept-notes?status=SUBMITTED&sort=receivedOn&limit=500"));
        assertThat(listed.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(n -> n.getJsonNumber("id").longValue())
                .contains(recorded.getJsonNumber("id").longValue());
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsKept() {
        long before = FundServer.object(FundServer.getAs("auditor", "/api/v1/concept-notes?limit=1"))
                .getJsonNumber("total")
                .longValue();
        HttpResponse<String> refused = Api.as("officer")
                .postJson(
                        "/api/v1/concept-notes",
                        "{\"title\":\"Half a note\",\"leadPuno\":\"WFP\",\"countries\":[\"Kenya\"],"
                                + "\"requestedAmount\":10.001,\"thematicAreas\":[\"TA9\"],\"gcmObjectives\":[24],"
                                + "\"guidingPrinciples\":[\"KIND\"],\"receivedOn\":\"2099-01-01\"}");

        ErrorContractIT.assertProblem(refused, 400, "/api/v1/concept-notes");
        assertThat(FundServer.object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly(
                        "submittedBy",
                        "leadPuno",
                        "countries",
                        "requestedAmount",
                        "thematicAreas",
                        "gcmObjectives",
                        "guidingPrinciples",
                        "receivedOn");
        assertThat(FundServer.object(FundServer.getAs("auditor", "/api/v1/concept-notes?limit=1"))
                        .getJsonNumber("total")
                        .longValue())
                .isEqualTo(before);
    }

    @Test
    void aNoteIsScreenedThenShortlistedOrRejectedWithAReasonAlongItsGraph() {
        long note = Grants.conceptNote();

        HttpResponse<String> jump = decide(note, "SHORTLISTED", null);
        ErrorContractIT.assertProblem(jump, 422, "/api/v1/concept-notes/" + note + "/status");
        assertThat(FundServer.object(jump).getString("type")).endsWith("/illegal-status-change");
        assertThat(decide(note, "SCREENED", "complete, endorsed by the government")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> unexplained = decide(note, "REJECTED", " ");
        assertThat(unexplained.statusCode()).isEqualTo(422);
        assertThat(FundServer.object(unexplained).getString("type")).endsWith("/reason-required");
        assertThat(note(note).getString("status")).isEqualTo("SCREENED");

        HttpResponse<String> rejected = decide(note, "REJECTED", "above the ceiling per programme");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        JsonObject after = note(note);
        assertThat(after.getString("status")).isEqualTo("REJECTED");
        assertThat(after.getString("reason")).isEqualTo("above the ceiling per programme");
        assertThat(after.getString("decidedBy")).isEqualTo("officer");
        assertThat(decide(note, "SCREENED", null).statusCode()).isEqualTo(422);
        JsonObject audit = FundServer.object(FundServer.getAs(
                "auditor", "/api/v1/audit-events?subjectType=ConceptNote&subjectId=" + note + "&limit=50"));
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action") + " " + e.getString("outcome"))
                .contains("CONCEPT_NOTE_RECORDED DONE", "CONCEPT_NOTE_DECIDED DONE", "CONCEPT_NOTE_DECIDED REFUSED");
    }

    @Test
    void aProgrammeIsRegisteredOnlyFromAShortlistedNoteAndOnlyOnce() {
        long submitted = Grants.conceptNote();
        String early = Grants.unique("IT");
        HttpResponse<String> tooEarly = Api.as("officer")
                .post("/api/v1/programmes", withNote(Grants.programmeBody(early, "TA4", lines()), submitted));
        assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(422);
        assertThat(FundServer.object(tooEarly).getString("type")).endsWith("/concept-note-not-shortlisted");
        assertThat(FundServer.getAs("auditor", "/api/v1/programmes/" + early).statusCode())
                .isEqualTo(404);

        long shortlisted = Grants.shortlistedNote();
        String code = Grants.unique("IT");
        JsonObject registered = ContributionsIT.created(Api.as("officer")
                .post("/api/v1/programmes", withNote(Grants.programmeBody(code, "TA4", lines()), shortlisted)));
        assertThat(registered.getJsonNumber("conceptNote").longValue()).isEqualTo(shortlisted);
        assertThat(note(shortlisted).getString("programme")).isEqualTo(code);

        HttpResponse<String> twice = Api.as("officer")
                .post(
                        "/api/v1/programmes",
                        withNote(Grants.programmeBody(Grants.unique("IT"), "TA4", lines()), shortlisted));
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(FundServer.object(twice).getString("type")).endsWith("/concept-note-programmed");
    }

    @Test
    void aProgrammeKeepsItsObjectivesPrinciplesAndMarkersAndUnknownCodesAreNamed() {
        String code = Grants.pipelineProgramme("TA2", lines());
        JsonObject programme = FundServer.object(FundServer.getAs("auditor", "/api/v1/programmes/" + code))
                .getJsonObject("programme");

        assertThat(programme.getJsonArray("gcmObjectives").toString()).isEqualTo("[5,6]");
        assertThat(programme.getJsonArray("guidingPrinciples").toString())
                .isEqualTo("[\"PEOPLE_CENTRED\",\"HUMAN_RIGHTS\"]");
        assertThat(programme.getString("genderMarker")).isEqualTo("2a");
        assertThat(programme.getString("humanRightsMarker")).isEqualTo("2b");

        JsonObject bad = Api.json(
                "code", Grants.unique("IT"),
                "title", "Unmarked",
                "geography", "NATIONAL",
                "countries", List.of("KEN"),
                "thematicArea", "TA2",
                "leadPuno", "IOM",
                "startsOn", "2026-01-01",
                "endsOn", "2027-12-31",
                "budget", lines(),
                "gcmObjectives", List.of(24),
                "genderMarker", "3");
        HttpResponse<String> refused = Api.as("officer").post("/api/v1/programmes", bad);
        ErrorContractIT.assertProblem(refused, 400, "/api/v1/programmes");
        assertThat(FundServer.object(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("gcmObjectives", "genderMarker", "humanRightsMarker");
        assertThat(FundServer.array(FundServer.getAs("officer", "/api/v1/policy-markers"))
                        .getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("scheme") + " " + m.getString("code"))
                .contains("GENDER 2b", "HUMAN_RIGHTS 2a");
    }

    @Test
    void aNoCostExtensionCitesItsDecisionAndMovesTheEndLater() {
        String code = Grants.approvedProgramme("TA1", lines());
        String path = "/api/v1/programmes/" + code + "/extensions";

        HttpResponse<String> uncited = Api.as("officer").post(path, Api.json("endsOn", "2028-06-30"));
        assertThat(FundServer.object(uncited).getString("type")).endsWith("/decision-required");
        HttpResponse<String> wrongType =
                Api.as("officer").post(path, Api.json("endsOn", "2028-06-30", "decision", Grants.decision("ALLOCATE")));
        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(FundServer.object(wrongType).getString("detail")).contains("not NO_COST_EXTENSION");
        String decision = Grants.decision("NO_COST_EXTENSION");
        HttpResponse<String> earlier =
                Api.as("officer").post(path, Api.json("endsOn", "2027-12-31", "decision", decision));
        assertThat(FundServer.object(earlier).getString("type")).endsWith("/extension-not-later");
        HttpResponse<String> stale =
                Api.as("officer").ifMatch("\"0\"").post(path, Api.json("endsOn", "2028-06-30", "decision", decision));
        assertThat(stale.statusCode()).isEqualTo(412);

        HttpResponse<String> extended =
                Api.as("officer").post(path, Api.json("endsOn", "2028-06-30", "decision", decision));
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        JsonObject programme = FundServer.object(FundServer.getAs("auditor", "/api/v1/programmes/" + code))
                .getJsonObject("programme");
        assertThat(programme.getString("endsOn")).isEqualTo("2028-06-30");
        assertThat(programme.getJsonArray("extensions").getValuesAs(JsonObject.class))
                .extracting(x -> x.getString("from") + " -> " + x.getString("to") + " " + x.getString("decision"))
                .containsExactly("2027-12-31 -> 2028-06-30 " + decision);

        String pipeline = Grants.pipelineProgramme("TA1", lines());
        HttpResponse<String> notYet = Api.as("officer")
                .post(
                        "/api/v1/programmes/" + pipeline + "/extensions",
                        Api.json("endsOn", "2028-06-30", "decision", decision));
        assertThat(FundServer.object(notYet).getString("type")).endsWith("/not-extendable");
    }

    private static List<JsonObject> lines() {
        return List.of(Grants.line("IOM", "1", 2026, "1000.00"), Grants.line("ILO", "4", 2027, "500.00"));
    }

    private static JsonObject withNote(JsonObject body, long note) {
        return jakarta.json.Json.createObjectBuilder(body)
                .add("conceptNote", note)
                .build();
    }
}
