package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmptf.fund.it.ErrorContractIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Sign-in and sessions as an attacker and a user meet them: repeated wrong passwords are throttled
 * (and the right one waits too), a page session never opens the API, a password change ends the
 * user's other sessions, and a user created by the administrator must replace the one-time password
 * before doing anything else. Every account here is made for the test.
 */
class SignInAndSessionsIT {

    @Test
    void theSixthAttemptAfterFiveWrongPasswordsIsThrottledEvenWithTheRightPassword() throws Exception {
        Accounts.Ready account = Accounts.ready("AUDITOR", null);
        for (int i = 1; i <= 5; i++) {
            assertThat(Api.as(account.username(), "wrong guess " + i)
                            .get("/api/v1/me")
                            .statusCode())
                    .as("wrong password " + i)
                    .isEqualTo(401);
        }

        HttpResponse<String> sixth =
                Api.as(account.username(), account.password()).get("/api/v1/me");

        assertProblem(sixth, 429, "/api/v1/me");
        long wait = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertThat(wait).isBetween(1L, 2L);
        JsonObject event = FundServer.object(Api.as("auditor")
                        .get("/api/v1/audit-events?subjectType=UserAccount&subjectId=" + account.username()
                                + "&limit=1"))
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(event.getString("action")).isEqualTo("SIGN_IN_THROTTLED");
        assertThat(event.getString("outcome")).isEqualTo("REFUSED");

        Thread.sleep(wait * 1000 + 200);
        assertThat(Api.as(account.username(), account.password())
                        .get("/api/v1/me")
                        .statusCode())
                .as("after the wait the right password works: nobody is locked out for long")
                .isEqualTo(200);
    }

    @Test
    void theSignInFormSaysWhenItIsThrottled() {
        Accounts.Ready account = Accounts.ready("AUDITOR", null);
        PageSession browser = PageSession.anonymous();
        for (int i = 1; i <= 5; i++) {
            PageSession.Page refused = browser.submit(browser.open("/login.xhtml")
                    .form("login")
                    .set("login:username", account.username())
                    .set("login:password", "wrong guess " + i)
                    .press("login:signIn"));
            assertThat(refused.html()).contains("Wrong user name or password.");
        }

        PageSession.Page throttled = browser.submit(browser.open("/login.xhtml")
                .form("login")
                .set("login:username", account.username())
                .set("login:password", account.password())
                .press("login:signIn"));

        assertThat(throttled.status()).isEqualTo(200);
        assertThat(throttled.html()).contains("Too many failed sign-ins");
    }

    @Test
    void aPageSessionSentToTheApiIsNoApiCredentialAndBlamesNobody() {
        PageSession auditor = PageSession.signedIn("auditor");
        long eventsBefore = auditEvents();

        HttpResponse<String> response = FundServer.send(FundServer.request("/api/v1/ledger/trial-balance")
                .header("Cookie", auditor.sessionCookie())
                .GET());

        assertProblem(response, 401, "/api/v1/ledger/trial-balance");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(auditEvents()).as("no access denial in the auditor's name").isEqualTo(eventsBefore);
        HttpResponse<String> write = FundServer.send(FundServer.request("/api/v1/ledger/interest")
                .header("Cookie", auditor.sessionCookie())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "page-session-ride")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(write.statusCode()).isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherSessionsButNotTheOneThatChangedIt() {
        Accounts.Ready account = Accounts.ready("AUDITOR", null);
        PageSession office = PageSession.signedIn(account.username(), account.password());
        PageSession laptop = PageSession.signedIn(account.username(), account.password());
        assertThat(laptop.open("/ledger/trial-balance.xhtml").status()).isEqualTo(200);

        PageSession.Page account1 = office.open("/account.xhtml");
        PageSession.Page changed = office.submit(account1.form("password")
                .set("password:current", account.password())
                .set("password:new", "a quieter river 8802")
                .set("password:repeat", "a quieter river 8802")
                .press("password:change"));

        assertThat(changed.status()).as(changed.html()).isEqualTo(302);
        assertThat(office.follow("/account.xhtml").html()).contains("Your password was changed");
        assertThat(office.open("/ledger/trial-balance.xhtml").status())
                .as("the session that changed it continues")
                .isEqualTo(200);
        PageSession.Page ended = laptop.open("/ledger/trial-balance.xhtml");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.location()).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml?ended=true"));
        assertThat(Api.as(account.username(), account.password())
                        .get("/api/v1/me")
                        .statusCode())
                .as("the old password no longer opens the API")
                .isEqualTo(401);
    }

    @Test
    void aUserCreatedByTheAdministratorMustReplaceTheOneTimePasswordFirst() {
        Accounts.Created created = Accounts.created("AUDITOR", null);
        Api user = Api.as(created.username(), created.oneTimePassword());

        HttpResponse<String> blocked = user.get("/api/v1/ledger/trial-balance");
        assertProblem(blocked, 403, "/api/v1/ledger/trial-balance");
        assertThat(FundServer.object(blocked).getString("type")).endsWith("/password-change-required");
        assertThat(FundServer.object(user.get("/api/v1/me")).getBoolean("mustChangePassword"))
                .isTrue();

        PageSession browser = PageSession.signedIn(created.username(), created.oneTimePassword());
        PageSession.Page elsewhere = browser.open("/ledger/trial-balance.xhtml");
        assertThat(elsewhere.status()).isEqualTo(302);
        assertThat(elsewhere.location())
                .hasValueSatisfying(l -> assertThat(l).contains("/account.xhtml?required=true"));
        PageSession.Page accountPage = browser.follow("/account.xhtml?required=true");
        assertThat(accountPage.html()).contains("Your password is a one-time password");
        PageSession.Page changed = browser.submit(accountPage
                .form("password")
                .set("password:current", created.oneTimePassword())
                .set("password:new", "an owl at midnight 3317")
                .set("password:repeat", "an owl at midnight 3317")
                .press("password:change"));
        assertThat(changed.status()).as(changed.html()).isEqualTo(302);

        assertThat(browser.open("/ledger/trial-balance.xhtml").status()).isEqualTo(200);
        assertThat(Api.as(created.username(), "an owl at midnight 3317")
                        .get("/api/v1/ledger/trial-balance")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionEnds() {
        Accounts.Ready account = Accounts.ready("AUDITOR", null);
        PageSession browser = PageSession.signedIn(account.username(), account.password());

        assertThat(Api.as("admin")
                        .post("/api/v1/users/" + account.username() + "/disablement")
                        .statusCode())
                .isEqualTo(200);

        assertThat(Api.as(account.username(), account.password())
                        .get("/api/v1/me")
                        .statusCode())
                .isEqualTo(401);
        assertThat(browser.open("/ledger/trial-balance.xhtml").status()).isEqualTo(302);
        assertThat(Api.as("admin").post("/api/v1/users/admin/disablement").statusCode())
                .as("an administrator cannot disable themselves")
                .isEqualTo(422);
    }

    private static long auditEvents() {
        return FundServer.object(Api.as("auditor").get("/api/v1/audit-events?limit=1"))
                .getJsonNumber("total")
                .longValue();
    }
}
