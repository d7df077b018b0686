package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmptf.fund.it.Api.amount;
import static org.migrationmptf.fund.it.Api.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The write matrix (issue 8, quality bar R7 for writes): every state-changing action of the API x
 * every kind of user, with the exact status each must get. For every refusal the ledger, the
 * registers, the accounts, the approvals and the subject itself are unchanged, and the audit trail
 * grew by exactly the refusal event in that user's name (none for an anonymous caller, who said
 * nobody's name). The auditor and the administrator are refused every financial action.
 *
 * <p>Refusals come from two lines: the REST annotation (403, audited as {@code ACCESS_DENIED}) and,
 * behind it, the application service ({@code wrong-role} for a role the endpoint admits but the
 * action does not, e.g. a secretariat approver deciding a deposit; {@code maker-checker} for the
 * maker deciding their own deposit).
 */
class WriteMatrixIT {

    static final List<String> USERS = List.of(
            "anonymous",
            "deu.donor",
            "nor.donor",
            "officer",
            "approver",
            "finance",
            "finance2",
            "iom.reporter",
            "auditor",
            "admin");

    /** Months handed out one by one from a random start, so a run's closes and rate months never collide. */
    private static final AtomicInteger MONTHS = new AtomicInteger((int) (Math.random() * 120));

    /** What an action needs to exist before it is attempted (an agreement, a recorded deposit, ...). */
    record Fixture(String subjectPath, Map<String, String> values) {
        String get(String name) {
            return values.get(name);
        }
    }

    /** One state-changing action: its fixture, the attempt, and the status each user gets. */
    record Action(
            String name,
            Supplier<Fixture> fixture,
            BiFunction<Api, Fixture, HttpResponse<String>> attempt,
            Map<String, Integer> outcomes,
            int otherwise) {
        int expectedFor(String user) {
            if (user.equals("anonymous")) {
                return 401;
            }
            return outcomes.getOrDefault(user, otherwise);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Map<String, Integer> finance(int status) {
        return Map.of("finance", status, "finance2", status);
    }

    /** A checker's decision: the maker (finance) breaks four eyes, the second finance user decides. */
    static Map<String, Integer> checker(int status) {
        return Map.of("finance", 422, "finance2", status);
    }

    static List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        actions.add(new Action(
                "register contributor",
                () -> new Fixture(null, Map.of()),
                (api, f) -> api.post(
                        "/api/v1/contributors",
                        json("code", code(), "kind", "PRIVATE", "name", "Foundation " + UUID.randomUUID())),
                finance(201),
                403));
        actions.add(new Action(
                "record Steering Committee decision",
                () -> new Fixture(null, Map.of()),
                (api, f) -> api.post(
                        "/api/v1/decisions",
                        json(
                                "number",
                                "SC-" + UUID.randomUUID().toString().substring(0, 12),
                                "decidedOn",
                                "2026-05-12",
                                "procedure",
                                "MEETING",
                                "type",
                                "ALLOCATE",
                                "text",
                                "Allocates USD 2,000,000 to a joint programme")),
                Map.of("officer", 201),
                403));
        actions.add(new Action(
                "register programme",
                () -> new Fixture(null, Map.of()),
                (api, f) -> api.post(
                        "/api/v1/programmes",
                        Grants.programmeBody(
                                Grants.unique("IT"), "TA1", List.of(Grants.line("IOM", "1", 2026, "900.00")))),
                Map.of("officer", 201),
                403));
        actions.add(new Action(
                "record concept note",
                () -> new Fixture(null, Map.of()),
                (api, f) -> api.post(
                        "/api/v1/concept-notes", Grants.conceptNoteBody(Grants.unique("Matrix note"), "1000.00")),
                Map.of("officer", 201),
                403));
        actions.add(new Action(
                "decide concept note",
                WriteMatrixIT::submittedNote,
                (api, f) -> api.post(
                        "/api/v1/concept-notes/" + f.get("note") + "/status",
                        json("status", "REJECTED", "reason", "no government endorsement")),
                Map.of("officer", 200),
                403));
        actions.add(new Action(
                "extend programme",
                WriteMatrixIT::extensibleProgramme,
                (api, f) -> api.post(
                        "/api/v1/programmes/" + f.get("programme") + "/extensions",
                        json("endsOn", "2028-06-30", "decision", f.get("decision"))),
                Map.of("officer", 200),
                403));
        actions.add(new Action(
                "reject a transfer instruction's approval",
                WriteMatrixIT::preparedInstruction,
                (api, f) -> api.post(
                        "/api/v1/approvals/" + f.get("approval") + "/rejection", json("reason", "wrong tranche")),
                Map.of("approver", 200),
                403));
        actions.add(new Action(
                "reject a direct cost's approval",
                WriteMatrixIT::preparedDirectCost,
                (api, f) -> api.post(
                        "/api/v1/approvals/" + f.get("approval") + "/rejection", json("reason", "not this year")),
                Map.of("approver", 200),
                403));
        actions.add(new Action(
                "change programme status",
                WriteMatrixIT::pipelineProgramme,
                (api, f) -> api.post(
                        "/api/v1/programmes/" + f.get("programme") + "/status",
                        json("status", "APPROVED", "decision", f.get("decision"))),
                Map.of("officer", 200),
                403));
        actions.add(new Action(
                "prepare allocation",
                WriteMatrixIT::fundedProgramme,
                (api, f) -> api.idempotent()
                        .post(
                                "/api/v1/allocations",
                                json(
                                        "programme", f.get("programme"),
                                        "puno", "IOM",
                                        "amount", amount("90.00"),
                                        "decision", f.get("decision"))),
                Map.of("officer", 201),
                403));
        actions.add(new Action(
                "approve an allocation's approval",
                WriteMatrixIT::preparedAllocation,
                (api, f) -> api.idempotent().post("/api/v1/approvals/" + f.get("approval") + "/approval"),
                Map.of("approver", 200),
                403));
        actions.add(new Action(
                "reject an allocation's approval",
                WriteMatrixIT::preparedAllocation,
                (api, f) ->
                        api.post("/api/v1/approvals/" + f.get("approval") + "/rejection", json("reason", "wrong PUNO")),
                Map.of("approver", 200),
                403));
        actions.add(new Action(
                "prepare transfer instruction",
                WriteMatrixIT::allocatedProgramme,
                (api, f) -> api.idempotent()
                        .post(
                                "/api/v1/transfer-instructions",
                                json("programme", f.get("programme"), "puno", "IOM", "amount", amount("60.00"))),
                Map.of("officer", 201),
                403));
        actions.add(new Action(
                "approve a transfer instruction's approval",
                WriteMatrixIT::preparedInstruction,
                (api, f) -> api.idempotent().post("/api/v1/approvals/" + f.get("approval") + "/approval"),
                Map.of("approver", 200),
                403));
        actions.add(new Action(
                "execute transfer",
                WriteMatrixIT::approvedInstruction,
                (api, f) -> api.idempotent()
                        .post(
                                "/api/v1/transfers",
                                json("instruction", Long.valueOf(f.get("instruction")), "valueDate", "2026-01-26")),
                finance(201),
                403));
        actions.add(new Action(
                "submit expenditure report",
                WriteMatrixIT::transferredProgramme,
                (api, f) -> api.postCsv(
                        "/api/v1/expenditure-reports/upload?programme=" + f.get("programme") + "&kind=INTERIM",
                        "year,category,amount\n2026,1,20.00\n"),
                Map.of("iom.reporter", 201),
                403));
        actions.add(new Action(
                "record refund",
                WriteMatrixIT::transferredProgramme,
                (api, f) -> api.idempotent()
                        .post(
                                "/api/v1/refunds",
                                json(
                                        "programme", f.get("programme"),
                                        "puno", "IOM",
                                        "amount", amount("5.00"),
                                        "valueDate", "2026-01-27",
                                        "reference", reference())),
                finance(201),
                403));
        actions.add(new Action(
                "record PUNO interest",
                WriteMatrixIT::transferredProgramme,
                (api, f) -> api.idempotent()
                        .post(
                                "/api/v1/puno-interest",
                                json(
                                        "programme", f.get("programme"),
                                        "puno", "IOM",
                                        "amount", amount("1.25"),
                                        "valueDate", "2026-01-27",
                                        "reference", reference())),
                finance(201),
                403));
        actions.add(new Action(
                "approve a direct cost's approval",
                WriteMatrixIT::preparedDirectCost,
                (api, f) -> api.idempotent().post("/api/v1/approvals/" + f.get("approval") + "/approval"),
                Map.of("approver", 200),
                403));
        actions.add(new Action(
                "prepare direct cost",
                WriteMatrixIT::directCostDecision,
                (api, f) -> api.idempotent()
                        .post(
                                "/api/v1/direct-costs",
                                json(
                                        "decision",
                                        f.get("decision"),
                                        "description",
                                        "Audit fee",
                                        "amount",
                                        amount("0.50"),
                                        "valueDate",
                                        "2026-01-27")),
                Map.of("officer", 201),
                403));
        actions.add(new Action(
                "rename contributor",
                WriteMatrixIT::contributor,
                (api, f) -> api.put(
                        "/api/v1/contributors/" + f.get("code") + "/name",
                        json("name", "Renamed " + UUID.randomUUID())),
                finance(200),
                403));
        actions.add(new Action(
                "register agreement",
                () -> new Fixture(null, Map.of()),
                (api, f) -> api.post("/api/v1/contributors/DEU/agreements", agreementBody()),
                finance(201),
                403));
        actions.add(new Action(
                "amend agreement",
                WriteMatrixIT::agreement,
                (api, f) -> api.post(
                        "/api/v1/agreements/" + f.get("agreement") + "/amendments",
                        json("signedOn", "2026-02-01", "change", amount("50.00"), "reason", "exchange of letters")),
                finance(200),
                403));
        actions.add(new Action(
                "record deposit",
                WriteMatrixIT::agreement,
                (api, f) -> api.idempotent()
                        .post(
                                "/api/v1/agreements/" + f.get("agreement") + "/deposits",
                                json("receivedOn", "2026-01-20", "amount", amount("100.00"), "currency", "USD")),
                finance(201),
                403));
        actions.add(new Action(
                "verify deposit",
                WriteMatrixIT::recordedDeposit,
                (api, f) -> api.idempotent().post("/api/v1/deposits/" + f.get("deposit") + "/verification"),
                checker(200),
                403));
        actions.add(new Action(
                "reject deposit",
                WriteMatrixIT::recordedDeposit,
                (api, f) -> api.post(
                        "/api/v1/deposits/" + f.get("deposit") + "/rejection", json("reason", "duplicate advice")),
                checker(200),
                403));
        actions.add(new Action(
                "approve a deposit's approval",
                WriteMatrixIT::recordedDeposit,
                (api, f) -> api.idempotent().post("/api/v1/approvals/" + f.get("approval") + "/approval"),
                Map.of("finance", 422, "finance2", 200, "approver", 403),
                403));
        actions.add(new Action(
                "reject a deposit's approval",
                WriteMatrixIT::recordedDeposit,
                (api, f) -> api.post(
                        "/api/v1/approvals/" + f.get("approval") + "/rejection", json("reason", "wrong agreement")),
                Map.of("finance", 422, "finance2", 200, "approver", 403),
                403));
        actions.add(new Action(
                "import rates",
                () -> new Fixture(null, Map.of()),
                (api, f) -> api.postCsv(
                        "/api/v1/exchange-rates", "currency,month,units_per_usd\nMXN," + month() + ",17.250000\n"),
                finance(200),
                403));
        actions.add(new Action(
                "post interest",
                () -> new Fixture(null, Map.of()),
                (api, f) -> api.idempotent()
                        .post(
                                "/api/v1/ledger/interest",
                                json(
                                        "valueDate",
                                        "2026-01-31",
                                        "amountUsd",
                                        amount("12.34"),
                                        "reference",
                                        reference())),
                finance(201),
                403));
        actions.add(new Action(
                "post bank charge",
                () -> new Fixture(null, Map.of()),
                (api, f) -> api.idempotent()
                        .post(
                                "/api/v1/ledger/bank-charges",
                                json("valueDate", "2026-01-31", "amountUsd", amount("0.75"), "reference", reference())),
                finance(201),
                403));
        actions.add(new Action(
                "reverse entry",
                WriteMatrixIT::interestEntry,
                (api, f) -> api.idempotent()
                        .post(
                                "/api/v1/ledger/entries/" + f.get("entry") + "/reversal",
                                json("reversedOn", "2026-02-02", "reason", "posted twice")),
                finance(201),
                403));
        actions.add(new Action(
                "prepare period close",
                () -> new Fixture(null, Map.of("month", month())),
                (api, f) -> api.post("/api/v1/ledger/periods/" + f.get("month") + "/closure"),
                finance(202),
                403));
        actions.add(new Action(
                "approve period close",
                WriteMatrixIT::preparedClose,
                (api, f) -> api.idempotent().post("/api/v1/approvals/" + f.get("approval") + "/approval"),
                Map.of("finance", 422, "finance2", 200, "approver", 403),
                403));
        actions.add(new Action(
                "create account",
                () -> new Fixture(null, Map.of()),
                (api, f) -> api.post(
                        "/api/v1/users",
                        json(
                                "username",
                                "it-m-" + UUID.randomUUID().toString().substring(0, 8),
                                "displayName",
                                "Matrix",
                                "role",
                                "AUDITOR")),
                Map.of("admin", 201),
                403));
        actions.add(new Action(
                "disable account",
                WriteMatrixIT::account,
                (api, f) -> api.post("/api/v1/users/" + f.get("username") + "/disablement"),
                Map.of("admin", 200),
                403));
        actions.add(new Action(
                "enable account",
                WriteMatrixIT::disabledAccount,
                (api, f) -> api.post("/api/v1/users/" + f.get("username") + "/enablement"),
                Map.of("admin", 200),
                403));
        actions.add(new Action(
                "assign role",
                WriteMatrixIT::account,
                (api, f) -> api.put(
                        "/api/v1/users/" + f.get("username") + "/role", json("role", "CONTRIBUTOR", "actsFor", "NOR")),
                Map.of("admin", 200),
                403));
        actions.add(new Action(
                "reset password",
                WriteMatrixIT::account,
                (api, f) -> api.post("/api/v1/users/" + f.get("username") + "/password-reset"),
                Map.of("admin", 200),
                403));
        return actions;
    }

    static List<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Action action : actions()) {
            for (String user : USERS) {
                cases.add(Arguments.of(action, user, action.expectedFor(user)));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachUserGetsExactlyWhatItsRoleAllowsAndARefusalWritesOnlyItsAuditEvent(
            Action action, String user, int expected) {
        Fixture fixture = action.fixture().get();
        Snapshot before = Snapshot.take(fixture);

        HttpResponse<String> response =
                action.attempt().apply(user.equals("anonymous") ? Api.anonymous() : Api.as(user), fixture);

        assertThat(response.statusCode())
                .as(action + " as " + user + ": " + response.body())
                .isEqualTo(expected);
        Snapshot after = Snapshot.take(fixture);
        if (expected >= 400) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(after.withoutAudit())
                    .as("nothing but the audit trail changes")
                    .isEqualTo(before.withoutAudit());
            if (user.equals("anonymous")) {
                assertThat(after.auditEvents())
                        .as("an anonymous attempt names nobody")
                        .isEqualTo(before.auditEvents());
            } else {
                assertThat(after.auditEvents()).as("exactly the refusal").isEqualTo(before.auditEvents() + 1);
                assertThat(after.newestEvent())
                        .contains("\"actor\":\"" + user + "\"")
                        .contains("\"outcome\":\"REFUSED\"");
            }
        } else {
            assertThat(after.withoutAudit()).as("the action changed something").isNotEqualTo(before.withoutAudit());
            assertThat(after.newestEvent())
                    .contains("\"actor\":\"" + user + "\"")
                    .contains("\"outcome\":\"DONE\"");
        }
    }

    /** Everything a write could change, read through the API by the auditor and the administrator. */
    record Snapshot(Map<String, String> state, long auditEvents, String newestEvent) {

        static Snapshot take(Fixture fixture) {
            Map<String, String> state = new HashMap<>();
            state.put(
                    "trial balance",
                    Api.as("auditor").get("/api/v1/ledger/trial-balance").body());
            state.put("entries", total(Api.as("auditor").get("/api/v1/ledger/entries?limit=1")));
            state.put("periods", Api.as("auditor").get("/api/v1/ledger/periods").body());
            state.put(
                    "deposits",
                    Api.as("auditor").get("/api/v1/deposits?limit=50&sort=id").body());
            state.put(
                    "contributors",
                    Api.anonymous().get("/api/v1/contributors?limit=500").body());
            state.put("rates", total(Api.anonymous().get("/api/v1/exchange-rates?limit=1")));
            state.put(
                    "approvals",
                    Api.as("auditor")
                            .get("/api/v1/approvals?scope=all&limit=50")
                            .body());
            state.put("accounts", Api.as("admin").get("/api/v1/users?limit=500").body());
            state.put("decisions", total(Api.as("auditor").get("/api/v1/decisions?limit=1")));
            state.put("programmes", total(Api.as("auditor").get("/api/v1/programmes?limit=1")));
            state.put("concept notes", total(Api.as("auditor").get("/api/v1/concept-notes?limit=1")));
            state.put(
                    "allocations",
                    Api.as("auditor").get("/api/v1/allocations?limit=20").body());
            state.put(
                    "available",
                    Api.as("auditor").get("/api/v1/allocations/available").body());
            if (fixture.subjectPath() != null) {
                state.put(
                        "subject",
                        Api.as(fixture.subjectPath().startsWith("/api/v1/users") ? "admin" : "auditor")
                                .get(fixture.subjectPath())
                                .body());
            }
            JsonObject audit = FundServer.object(Api.as("auditor").get("/api/v1/audit-events?limit=1"));
            return new Snapshot(
                    state,
                    audit.getJsonNumber("total").longValue(),
                    audit.getJsonArray("items").getJsonObject(0).toString());
        }

        Map<String, String> withoutAudit() {
            return state;
        }

        private static String total(HttpResponse<String> page) {
            return FundServer.object(page).get("total").toString();
        }
    }

    // -- fixtures, made by finance (or the administrator) before the attempt --

    static String code() {
        return "IT"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String reference() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A month of its own for each attempt (between 2001 and 2015, long ended), so closes never collide. */
    static String month() {
        int n = MONTHS.getAndIncrement() % 180;
        return String.format("%d-%02d", 2001 + n / 12, 1 + n % 12);
    }

    static JsonObject agreementBody() {
        return json(
                "reference",
                reference(),
                "signedOn",
                "2026-01-05",
                "currency",
                "USD",
                "committed",
                amount("1000.00"),
                "earmarkKind",
                "UNEARMARKED",
                "schedule",
                List.of(json("dueOn", "2026-06-30", "amount", amount("1000.00"))));
    }

    static Fixture contributor() {
        String code = code();
        HttpResponse<String> created = Api.as("finance")
                .post("/api/v1/contributors", json("code", code, "kind", "OTHER", "name", "Donor " + code));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Fixture("/api/v1/contributors/" + code, Map.of("code", code));
    }

    static Fixture agreement() {
        HttpResponse<String> created = Api.as("finance").post("/api/v1/contributors/DEU/agreements", agreementBody());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = String.valueOf(FundServer.object(created).getInt("id"));
        return new Fixture("/api/v1/agreements/" + id, Map.of("agreement", id));
    }

    static Fixture recordedDeposit() {
        Fixture agreement = agreement();
        HttpResponse<String> recorded = Api.as("finance")
                .idempotent()
                .post(
                        "/api/v1/agreements/" + agreement.get("agreement") + "/deposits",
                        json("receivedOn", "2026-01-20", "amount", amount("250.00"), "currency", "USD"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String deposit = String.valueOf(FundServer.object(recorded).getInt("id"));
        return new Fixture(
                "/api/v1/deposits/" + deposit,
                Map.of("deposit", deposit, "approval", pendingApproval("DEPOSIT_POSTING", deposit)));
    }

    static Fixture interestEntry() {
        HttpResponse<String> posted = Api.as("finance")
                .idempotent()
                .post(
                        "/api/v1/ledger/interest",
                        json("valueDate", "2026-01-31", "amountUsd", amount("3.21"), "reference", reference()));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String entry = String.valueOf(FundServer.object(posted).getInt("id"));
        return new Fixture("/api/v1/ledger/entries/" + entry, Map.of("entry", entry));
    }

    static Fixture preparedClose() {
        String month = month();
        HttpResponse<String> prepared = Api.as("finance").post("/api/v1/ledger/periods/" + month + "/closure");
        assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(202);
        return new Fixture(
                "/api/v1/ledger/periods/" + month,
                Map.of("approval", String.valueOf(FundServer.object(prepared).getInt("id"))));
    }

    static Fixture account() {
        Accounts.Created created = Accounts.created("FUND_OFFICER", null);
        return new Fixture("/api/v1/users/" + created.username(), Map.of("username", created.username()));
    }

    static Fixture disabledAccount() {
        Fixture account = account();
        HttpResponse<String> disabled =
                Api.as("admin").post("/api/v1/users/" + account.get("username") + "/disablement");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        return account;
    }

    static Fixture submittedNote() {
        long note = Grants.conceptNote();
        return new Fixture("/api/v1/concept-notes/" + note, Map.of("note", String.valueOf(note)));
    }

    /** An approved programme (ending 2027-12-31) and a no-cost extension decision. */
    static Fixture extensibleProgramme() {
        String code = Grants.approvedProgramme("TA1", List.of(Grants.line("IOM", "1", 2026, "900.00")));
        return new Fixture(
                "/api/v1/programmes/" + code,
                Map.of("programme", code, "decision", Grants.decision("NO_COST_EXTENSION")));
    }

    static Fixture pipelineProgramme() {
        String code = Grants.pipelineProgramme("TA1", List.of(Grants.line("IOM", "1", 2026, "900.00")));
        return new Fixture(
                "/api/v1/programmes/" + code,
                Map.of("programme", code, "decision", Grants.decision("APPROVE_PROGRAMME")));
    }

    /** An approved programme, a decision to allocate to it, and USD 99.00 more available to its area. */
    static Fixture fundedProgramme() {
        String code = Grants.approvedProgramme("TA1", List.of(Grants.line("IOM", "1", 2026, "900.00")));
        Grants.earmarkedDeposit("TA1", "100.00");
        return new Fixture(
                "/api/v1/programmes/" + code, Map.of("programme", code, "decision", Grants.decision("ALLOCATE")));
    }

    static Fixture preparedAllocation() {
        Fixture programme = fundedProgramme();
        long allocation = Grants.prepared(programme.get("programme"), "IOM", "90.00", programme.get("decision"));
        return new Fixture(
                "/api/v1/allocations/" + allocation, Map.of("approval", String.valueOf(Grants.approvalOf(allocation))));
    }

    /** A funded programme with USD 90.00 approved for IOM. */
    static Fixture allocatedProgramme() {
        Fixture programme = fundedProgramme();
        Grants.allocated(programme.get("programme"), "IOM", "90.00", programme.get("decision"));
        return programme;
    }

    /** A programme whose IOM part received a tranche of USD 60.00. */
    static Fixture transferredProgramme() {
        Fixture programme = allocatedProgramme();
        long instruction = Grants.approvedInstruction(programme.get("programme"), "IOM", "60.00");
        assertThat(Grants.execute("finance", instruction, "2026-01-26").statusCode())
                .isEqualTo(201);
        return new Fixture("/api/v1/programmes/" + programme.get("programme"), programme.values());
    }

    /** A DIRECT_COST decision, and USD 99.00 more unearmarked money to pay it from. */
    static Fixture directCostDecision() {
        long agreement = ContributionsIT.agreement("NOR", "2026-01-05", "USD", "100.00", "2026-02-28");
        int deposit = ContributionsIT.created(
                        ContributionsIT.record(agreement, "2026-01-22", "100.00", "USD", ContributionsIT.key()))
                .getInt("id");
        assertThat(ContributionsIT.verify("finance2", deposit, ContributionsIT.key())
                        .statusCode())
                .isEqualTo(200);
        return new Fixture(null, Map.of("decision", Grants.decision("DIRECT_COST")));
    }

    static Fixture preparedDirectCost() {
        Fixture decision = directCostDecision();
        long cost = ContributionsIT.created(Api.as("officer")
                        .idempotent()
                        .post(
                                "/api/v1/direct-costs",
                                json(
                                        "decision",
                                        decision.get("decision"),
                                        "description",
                                        "Audit fee",
                                        "amount",
                                        amount("0.50"),
                                        "valueDate",
                                        "2026-01-27")))
                .getJsonNumber("id")
                .longValue();
        return new Fixture(null, Map.of("approval", String.valueOf(Grants.approvalOf("DIRECT_COST", cost))));
    }

    static Fixture preparedInstruction() {
        Fixture programme = allocatedProgramme();
        long instruction = ContributionsIT.created(Grants.instruct(programme.get("programme"), "IOM", "60.00"))
                .getJsonNumber("id")
                .longValue();
        return new Fixture(
                "/api/v1/transfer-instructions/" + instruction,
                Map.of("approval", String.valueOf(Grants.approvalOf("TRANSFER_INSTRUCTION", instruction))));
    }

    static Fixture approvedInstruction() {
        Fixture programme = allocatedProgramme();
        long instruction = Grants.approvedInstruction(programme.get("programme"), "IOM", "60.00");
        return new Fixture(
                "/api/v1/transfer-instructions/" + instruction, Map.of("instruction", String.valueOf(instruction)));
    }

    /** The pending approval of an action on a subject, as the second finance user finds it. */
    static String pendingApproval(String action, String subjectId) {
        return FundServer.object(
                        Api.as("finance2").get("/api/v1/approvals?scope=all&status=PENDING&limit=500&action=" + action))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(a -> a.getString("subjectId").equals(subjectId))
                .map(a -> String.valueOf(a.getInt("id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pending " + action + " of " + subjectId));
    }
}
