package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Test fixtures of the grant side that read like the secretariat's work: a decision, an approved
 * programme with a budget, money earmarked to an area, an allocation prepared and decided. Each goes
 * through the API as its users would, so a fixture is also a check that the path works.
 */
final class Grants {

    private Grants() {}

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A Steering Committee decision of this type, recorded by the officer; its number. */
    static String decision(String type) {
        String number = unique("SC");
        JsonObject recorded = ContributionsIT.created(Api.as("officer")
                .post(
                        "/api/v1/decisions",
                        Api.json(
                                "number", number,
                                "decidedOn", "2026-01-15",
                                "procedure", "MEETING",
                                "type", type,
                                "text", "Decided for an integration test")));
        return recorded.getString("number");
    }

    /** A budget line of direct costs. */
    static JsonObject line(String puno, String category, int year, String amount) {
        return Api.json("puno", puno, "category", category, "year", year, "amount", new BigDecimal(amount));
    }

    /** The body of a national programme in Kenya charged to {@code area}, led by the first line's PUNO. */
    static JsonObject programmeBody(String code, String area, List<JsonObject> lines) {
        return Api.json(
                "code",
                code,
                "title",
                "Integration test programme " + code,
                "geography",
                "NATIONAL",
                "countries",
                List.of("KEN"),
                "thematicArea",
                area,
                "leadPuno",
                lines.get(0).getString("puno"),
                "startsOn",
                "2026-01-01",
                "endsOn",
                "2027-12-31",
                "budget",
                lines,
                "gcmObjectives",
                List.of(5, 6),
                "guidingPrinciples",
                List.of("PEOPLE_CENTRED", "HUMAN_RIGHTS"),
                "genderMarker",
                "2a",
                "humanRightsMarker",
                "2b");
    }

    /** The body of a concept note from the Kenya country team, IOM leading with ILO, for USD {@code requested}. */
    static JsonObject conceptNoteBody(String title, String requested) {
        return Api.json(
                "submittedBy",
                "UN Country Team Kenya",
                "title",
                title,
                "leadPuno",
                "IOM",
                "punos",
                List.of("IOM", "ILO"),
                "countries",
                List.of("KEN"),
                "requestedAmount",
                new BigDecimal(requested),
                "thematicAreas",
                List.of("TA4"),
                "gcmObjectives",
                List.of(6, 22),
                "guidingPrinciples",
                List.of("PEOPLE_CENTRED"),
                "receivedOn",
                "2026-02-14");
    }

    /** A concept note recorded by the officer, still SUBMITTED; its number. */
    static long conceptNote() {
        return ContributionsIT.created(
                        Api.as("officer").post("/api/v1/concept-notes", conceptNoteBody(unique("Note"), "695500.00")))
                .getJsonNumber("id")
                .longValue();
    }

    /** A concept note screened and shortlisted; its number. */
    static long shortlistedNote() {
        long note = conceptNote();
        for (String status : List.of("SCREENED", "SHORTLISTED")) {
            HttpResponse<String> decided =
                    Api.as("officer").post("/api/v1/concept-notes/" + note + "/status", Api.json("status", status));
            assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        }
        return note;
    }

    /** A programme registered by the officer, still in the pipeline; its code. */
    static String pipelineProgramme(String area, List<JsonObject> lines) {
        String code = unique("IT");
        HttpResponse<String> response = Api.as("officer").post("/api/v1/programmes", programmeBody(code, area, lines));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return code;
    }

    /** A programme registered and approved by the Steering Committee's decision; its code. */
    static String approvedProgramme(String area, List<JsonObject> lines) {
        String code = pipelineProgramme(area, lines);
        moveTo(code, "APPROVED", decision("APPROVE_PROGRAMME"));
        return code;
    }

    static HttpResponse<String> changeStatus(String code, String status, String decision) {
        return Api.as("officer")
                .post("/api/v1/programmes/" + code + "/status", Api.json("status", status, "decision", decision));
    }

    static void moveTo(String code, String status, String decision) {
        HttpResponse<String> moved = changeStatus(code, status, decision);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }

    /** What {@code area} may still allocate, as the API states it. */
    static BigDecimal available(String area) {
        JsonObject row = FundServer.array(
                        FundServer.getAs("approver", "/api/v1/allocations/available?thematicArea=" + area))
                .getValuesAs(JsonObject.class)
                .get(0);
        return row.getJsonNumber("available").bigDecimalValue();
    }

    /** An amount as the English pages show it: 1,234,567.89. */
    static String formatted(BigDecimal amount) {
        return new java.text.DecimalFormat(
                        "#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
                .format(amount);
    }

    /** A posted USD deposit of {@code usd} from NOR, earmarked to {@code area}: net {@code usd} less 1 %. */
    static void earmarkedDeposit(String area, String usd) {
        earmarkedDeposit("THEMATIC_AREA", area, usd);
    }

    /** A posted USD deposit of {@code usd} from NOR, earmarked to a fund window: net {@code usd} less 1 %. */
    static void windowDeposit(String window, String usd) {
        earmarkedDeposit("WINDOW", window, usd);
    }

    /** What a window other than the programmatic one may still allocate, as the API states it. */
    static BigDecimal availableInWindow(String window) {
        return FundServer.array(FundServer.getAs("approver", "/api/v1/allocations/available-in-windows"))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(w -> w.getString("window").equals(window))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("available")
                .bigDecimalValue();
    }

    private static void earmarkedDeposit(String kind, String code, String usd) {
        String reference = unique("IT-TA");
        JsonObject agreement = ContributionsIT.created(Api.as("finance")
                .post(
                        "/api/v1/contributors/NOR/agreements",
                        Api.json(
                                "reference",
                                reference,
                                "signedOn",
                                "2026-01-05",
                                "currency",
                                "USD",
                                "committed",
                                new BigDecimal(usd),
                                "earmarkKind",
                                kind,
                                "earmarkCode",
                                code,
                                "schedule",
                                List.of(Api.json("dueOn", "2026-02-28", "amount", new BigDecimal(usd))))));
        JsonObject deposit = ContributionsIT.created(
                ContributionsIT.record(agreement.getInt("id"), "2026-01-22", usd, "USD", ContributionsIT.key()));
        HttpResponse<String> verified = ContributionsIT.verify("finance2", deposit.getInt("id"), ContributionsIT.key());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    }

    static HttpResponse<String> prepare(String programme, String puno, String amount, String decision) {
        return Api.as("officer")
                .idempotent()
                .post(
                        "/api/v1/allocations",
                        Api.json(
                                "programme", programme,
                                "puno", puno,
                                "amount", new BigDecimal(amount),
                                "decision", decision));
    }

    /** An allocation prepared by the officer (201); its id. */
    static long prepared(String programme, String puno, String amount, String decision) {
        return ContributionsIT.created(prepare(programme, puno, amount, decision))
                .getJsonNumber("id")
                .longValue();
    }

    /** The id of the pending approval of an allocation. */
    static long approvalOf(long allocation) {
        return approvalOf("ALLOCATION", allocation);
    }

    static HttpResponse<String> approve(String checker, long allocation) {
        return Api.as(checker).idempotent().post("/api/v1/approvals/" + approvalOf(allocation) + "/approval");
    }

    /** An allocation prepared by the officer and approved by the approver; its id. */
    static long allocated(String programme, String puno, String amount, String decision) {
        long id = prepared(programme, puno, amount, decision);
        HttpResponse<String> approved = approve("approver", id);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return id;
    }

    static HttpResponse<String> instruct(String programme, String puno, String amount) {
        return Api.as("officer")
                .idempotent()
                .post(
                        "/api/v1/transfer-instructions",
                        Api.json("programme", programme, "puno", puno, "amount", new BigDecimal(amount)));
    }

    /** The pending approval of a subject of this action, as the auditor reads it. */
    static long approvalOf(String action, long subject) {
        return FundServer.object(FundServer.getAs(
                        "auditor", "/api/v1/approvals?scope=all&action=" + action + "&status=PENDING&limit=500"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("subjectId").equals(Long.toString(subject)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pending " + action + " of " + subject))
                .getJsonNumber("id")
                .longValue();
    }

    /** A transfer instruction prepared by the officer and approved by the approver; its id. */
    static long approvedInstruction(String programme, String puno, String amount) {
        long id = ContributionsIT.created(instruct(programme, puno, amount))
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> approved = Api.as("approver")
                .idempotent()
                .post("/api/v1/approvals/" + approvalOf("TRANSFER_INSTRUCTION", id) + "/approval");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return id;
    }

    static HttpResponse<String> execute(String user, long instruction, String valueDate) {
        return Api.as(user)
                .idempotent()
                .post("/api/v1/transfers", Api.json("instruction", instruction, "valueDate", valueDate));
    }

    /** An uploaded expenditure report of IOM (the demo reporter's organization). */
    static HttpResponse<String> uploadExpenditure(String programme, String kind, String csv) {
        return Api.as("iom.reporter")
                .postCsv("/api/v1/expenditure-reports/upload?programme=" + programme + "&kind=" + kind, csv);
    }

    /** A programme whose IOM part (10,700.00 allocated) received a first tranche of {@code usd}. */
    static String fundedAndTransferred(String area, String usd) {
        earmarkedDeposit(area, "20000.00");
        String programme = approvedProgramme(area, List.of(line("IOM", "1", 2026, "10000.00")));
        allocated(programme, "IOM", "10700.00", decision("ALLOCATE"));
        long instruction = approvedInstruction(programme, "IOM", usd);
        HttpResponse<String> executed = execute("finance", instruction, "2026-01-25");
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(201);
        return programme;
    }

    static JsonObject allocation(long id) {
        return FundServer.object(FundServer.getAs("auditor", "/api/v1/allocations/" + id));
    }

    /** The funding row of one PUNO on the programme's page in the API. */
    static JsonObject funding(String programme, String puno) {
        return FundServer.object(FundServer.getAs("auditor", "/api/v1/programmes/" + programme))
                .getJsonObject("funding")
                .getJsonArray("punos")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getString("puno").equals(puno))
                .findFirst()
                .orElseThrow();
    }
}
