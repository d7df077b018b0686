package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pages' writes as a browser sends them (every field, the view state, the PrimeFaces nonce):
 * who may open which writing page, that a refused attempt writes nothing, that each form writes once
 * however often it is sent (one-time token, Post-Redirect-Get), and that a stale or foreign view
 * state leads to the session-expired page instead of a 500.
 */
class PagesIT {

    /**
     * A writing page, the form on it, who may write there, and who may only read it (the page
     * opens without the form).
     */
    record WritingPage(String path, String form, List<String> allowed, List<String> readers) {
        WritingPage(String path, String form, List<String> allowed) {
            this(path, form, allowed, List.of());
        }

        @Override
        public String toString() {
            return path;
        }
    }

    static final List<WritingPage> PAGES = List.of(
            new WritingPage("/finance/deposits.xhtml", "record", List.of("finance", "finance2")),
            new WritingPage("/finance/exchange-rates.xhtml", "rates", List.of("finance", "finance2")),
            new WritingPage("/finance/contributors.xhtml", "register", List.of("finance", "finance2")),
            new WritingPage("/finance/periods.xhtml", "prepare", List.of("finance", "finance2")),
            new WritingPage("/finance/transfers.xhtml", "execute", List.of("finance", "finance2")),
            new WritingPage("/admin/users.xhtml", "create", List.of("admin")),
            new WritingPage(
                    "/staff/decisions.xhtml",
                    "record",
                    List.of("officer"),
                    List.of("approver", "finance", "finance2", "auditor")),
            new WritingPage(
                    "/staff/concept-notes.xhtml",
                    "decide",
                    List.of("officer"),
                    List.of("approver", "finance", "finance2", "auditor")),
            // an approved demo programme: the officer allocates, the rest of the staff read
            new WritingPage(
                    "/staff/programme.xhtml?code=MMPTF-GHA-2026-01",
                    "allocate",
                    List.of("officer"),
                    List.of("approver", "finance", "finance2", "auditor")),
            new WritingPage("/work/approvals.xhtml", "pending", List.of("approver", "officer", "iom.reporter")),
            new WritingPage(
                    "/work/reporting.xhtml", "report", List.of("iom.reporter"), List.of("officer", "approver")));

    static List<Arguments> pagesByUser() {
        List<Arguments> cases = new ArrayList<>();
        for (WritingPage page : PAGES) {
            for (String user : WriteMatrixIT.USERS) {
                cases.add(Arguments.of(page, user));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("pagesByUser")
    void aWritingPageOpensOnlyForTheRolesThatWriteThereAndAForgedPostWritesNothing(WritingPage page, String user) {
        PageSession allowed = PageSession.signedIn(page.allowed().get(0));
        PageSession.Form genuine = allowed.open(page.path()).form(page.form());
        PageSession session = user.equals("anonymous") ? PageSession.anonymous() : PageSession.signedIn(user);

        PageSession.Page opened = session.open(page.path());

        if (page.allowed().contains(user)) {
            assertThat(opened.status()).isEqualTo(200);
            assertThat(opened.html()).contains("<form id=\"" + page.form() + "\"");
            return;
        }
        boolean reader = page.readers().contains(user);
        if (user.equals("anonymous")) {
            assertThat(opened.status()).isEqualTo(302);
            assertThat(opened.location()).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
        } else if (reader) {
            assertThat(opened.status()).as(user + " on " + page).isEqualTo(200);
            assertThat(opened.html()).doesNotContain("<form id=\"" + page.form() + "\"");
        } else {
            assertThat(opened.status()).as(user + " on " + page).isEqualTo(403);
            assertThat(opened.html()).doesNotContain("<form id=\"" + page.form() + "\"");
        }
        WriteMatrixIT.Snapshot before = WriteMatrixIT.Snapshot.take(new WriteMatrixIT.Fixture(null, Map.of()));
        PageSession.Page forged = session.submit(genuine);
        assertThat(forged.status()).as("a form sent anyway by " + user).isIn(302, 403);
        if (forged.status() == 302) {
            // a reader's session holds no view of the writer's form: it is sent to the expired page
            String expected = reader ? "/session-expired.xhtml" : "/login.xhtml";
            assertThat(forged.location()).hasValueSatisfying(l -> assertThat(l).contains(expected));
        }
        assertThat(WriteMatrixIT.Snapshot.take(new WriteMatrixIT.Fixture(null, Map.of()))
                        .withoutAudit())
                .isEqualTo(before.withoutAudit());
    }

    @Test
    void theAuditorsLedgerViewHasNoWriteControl() {
        PageSession.Page view = PageSession.signedIn("auditor").open("/ledger/trial-balance.xhtml");

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.html()).contains("Trial balance as of");
        // the as-of date picker is a GET form that writes nothing; the only POST form signs out
        assertThat(view.html().split("method=\"post\"", -1))
                .as("only the sign-out form posts")
                .hasSize(2);
        assertThat(view.html()).contains("<form id=\"signOutForm\"");
    }

    @Test
    void aDepositFormSentTwiceRecordsOnceAndARefreshAfterTheRedirectRecordsNothing() {
        long agreement = ContributionsIT.agreement("DEU", "2026-02-01", "USD", "900.00", "2026-03-31");
        PageSession finance = PageSession.signedIn("finance");
        PageSession.Form form = depositForm(finance, agreement, "450.00");

        PageSession.Page first = finance.submit(form);
        PageSession.Page second = finance.submit(form); // a double click: the same view, the same token

        assertThat(first.status()).as(first.html()).isEqualTo(302);
        assertThat(second.status()).as(second.html()).isEqualTo(302);
        PageSession.Page shown = finance.follow(first.location().orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertThat(shown.html()).contains("recorded: USD 450.00");
        finance.open(first.location().orElseThrow().replaceFirst("^https?://[^/]+", "")); // a refresh: a GET
        assertThat(FundServer.array(Api.as("finance").get("/api/v1/agreements/" + agreement + "/deposits")))
                .hasSize(1);
    }

    @Test
    void theCheckerConfirmsBeforeADepositPostsAndSeesWhatATwinWouldShare() {
        long agreement = ContributionsIT.agreement("DEU", "2026-02-01", "USD", "321.00", "2026-03-31");
        String bankReference = "BR-" + UUID.randomUUID().toString().substring(0, 8);
        int deposit = ContributionsIT.created(Api.as("finance")
                        .idempotent()
                        .post(
                                "/api/v1/agreements/" + agreement + "/deposits",
                                Api.json(
                                        "receivedOn",
                                        "2026-02-11",
                                        "amount",
                                        Api.amount("321.00"),
                                        "currency",
                                        "USD",
                                        "bankReference",
                                        bankReference)))
                .getInt("id");
        PageSession checker = PageSession.signedIn("finance2");
        PageSession.Page inbox = checker.open("/finance/deposits.xhtml");
        assertThat(inbox.html()).contains(bankReference).contains("finance");

        String button = "inbox:pending:" + rowOf(inbox, deposit) + ":verify";
        PageSession.Page asked = checker.submit(inbox.form("inbox").press(button));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.html()).contains("Post deposit " + deposit + "?").contains(bankReference);
        assertThat(status(deposit)).as("asking posts nothing").isEqualTo("RECORDED");

        PageSession.Page posted = checker.submit(asked.form("confirm").press("confirm:post"));
        assertThat(posted.status()).as(posted.html()).isEqualTo(302);
        assertThat(status(deposit)).isEqualTo("POSTED");
    }

    @Test
    void aFormWithAViewStateOfAnEndedOrAnotherSessionLeadsToTheSessionExpiredPage() {
        long agreement = ContributionsIT.agreement("DEU", "2026-02-01", "USD", "100.00", "2026-03-31");
        PageSession mine = PageSession.signedIn("finance");
        PageSession.Form stale = depositForm(mine, agreement, "10.00");
        PageSession other = PageSession.signedIn("finance");

        PageSession.Page foreign = other.submit(stale);

        assertThat(foreign.status()).as(foreign.html()).isEqualTo(302);
        assertThat(foreign.location()).hasValueSatisfying(l -> assertThat(l).contains("/session-expired.xhtml"));
        PageSession.Page expired = other.follow(foreign.location().orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.html()).contains("This page has expired").contains("Nothing was saved");
        assertThat(FundServer.array(Api.as("finance").get("/api/v1/agreements/" + agreement + "/deposits")))
                .isEmpty();
    }

    @Test
    void financeRegistersAContributorThroughTheFormWhichThenReceivesAnAgreementAndADeposit() {
        String code = WriteMatrixIT.code();
        PageSession finance = PageSession.signedIn("finance");
        PageSession.Page page = finance.open("/finance/contributors.xhtml");
        PageSession.Page registered = finance.submit(page.form("register")
                .set("register:kind", "PRIVATE")
                .set("register:code", code)
                .set("register:name", "Foundation " + code)
                .press("register:save"));
        assertThat(registered.status()).as(registered.html()).isEqualTo(302);
        assertThat(FundServer.object(Api.anonymous().get("/api/v1/contributors/" + code))
                        .getJsonObject("summary")
                        .getString("name"))
                .isEqualTo("Foundation " + code);

        long agreement = ContributionsIT.agreement(code, "2026-02-01", "USD", "5000.00", "2026-03-31");
        int deposit = ContributionsIT.created(
                        ContributionsIT.record(agreement, "2026-02-03", "5000.00", "USD", ContributionsIT.key()))
                .getInt("id");
        assertThat(ContributionsIT.verify("finance2", deposit, ContributionsIT.key())
                        .statusCode())
                .isEqualTo(200);
        JsonObject summary = FundServer.object(Api.anonymous().get("/api/v1/contributors/" + code))
                .getJsonObject("summary");
        assertThat(summary.getJsonNumber("depositedUsd").toString()).isEqualTo("5000.00");
        assertThat(summary.getJsonNumber("feeUsd").toString()).isEqualTo("50.00");
    }

    @Test
    void theAdministratorCreatesAUserWhoIsMadeToChangeThePasswordAtFirstSignIn() {
        String username = "it-page-" + UUID.randomUUID().toString().substring(0, 8);
        PageSession admin = PageSession.signedIn("admin");
        PageSession.Page created = admin.submit(admin.open("/admin/users.xhtml")
                .form("create")
                .set("create:username", username)
                .set("create:displayName", "Page-made auditor")
                .set("create:role", "AUDITOR")
                .press("create:save"));
        assertThat(created.status()).as(created.html()).isEqualTo(302);
        PageSession.Page shown = admin.follow("/admin/users.xhtml");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<code id=\"oneTimePassword\">" + java.util.regex.Pattern.quote(username) + ": ([^<]+)</code>")
                .matcher(shown.html());
        assertThat(m.find()).as(shown.html()).isTrue();
        String oneTime = m.group(1);
        assertThat(admin.open("/admin/users.xhtml").html()).as("shown once").doesNotContain(oneTime);

        PageSession user = PageSession.signedIn(username, oneTime);
        assertThat(user.open("/ledger/trial-balance.xhtml").location())
                .hasValueSatisfying(l -> assertThat(l).contains("/account.xhtml?required=true"));
    }

    @Test
    void aRateFileIsImportedThroughTheRealUploadForm() {
        PageSession finance = PageSession.signedIn("finance");
        PageSession.Form form =
                finance.open("/finance/exchange-rates.xhtml").form("rates").press("rates:import");

        PageSession.Page imported = finance.submitWithFile(
                form, "rates:file", "rates.csv", "currency,month,units_per_usd\nSEK,2010-03,9.310000\n");

        assertThat(imported.status()).as(imported.html()).isEqualTo(302);
        assertThat(finance.follow("/finance/exchange-rates.xhtml").html())
                .containsAnyOf("1 rate(s) added", "1 already on file");
    }

    private static PageSession.Form depositForm(PageSession finance, long agreement, String amount) {
        PageSession.Page page = finance.open("/finance/deposits.xhtml");
        PageSession.Form form = page.form("record").set("record:contributor", "DEU");
        finance.change(form, "record:contributor"); // the agreement menu now offers Germany's agreements
        return form.set("record:agreement", Long.toString(agreement))
                .set("record:receivedOn", "2026-02-10")
                .set("record:amount", amount)
                .set(
                        "record:bankReference",
                        "PAGE-" + UUID.randomUUID().toString().substring(0, 6))
                .press("record:save");
    }

    private static int rowOf(PageSession.Page inbox, int deposit) {
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile(
                        "data-ri=\"(\\d+)\"[^>]*>\\s*<td[^>]*>" + deposit + "<")
                .matcher(inbox.html());
        assertThat(rows.find()).as("deposit " + deposit + " in the inbox").isTrue();
        return Integer.parseInt(rows.group(1));
    }

    private static String status(int deposit) {
        return FundServer.object(Api.as("auditor").get("/api/v1/deposits/" + deposit))
                .getString("status");
    }
}
