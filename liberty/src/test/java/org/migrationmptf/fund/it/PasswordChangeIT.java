package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmptf.fund.it.ErrorContractIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The whole write-side error contract on one real write: a user changes their password. 400 with
 * field errors, 415, 422 for a broken rule, 412 for a stale If-Match, 204 with a new ETag on success,
 * and the old password stops working at once.
 */
class PasswordChangeIT {

    private static final String PATH = "/api/v1/me/password";
    private static final String NEW_PASSWORD = "a-much-longer-secret-kestrel";

    /** Each test works on an account of its own, so changing passwords never touches a demo user. */
    private final Accounts.Ready account = Accounts.ready("FUND_OFFICER", null);

    private final String user = account.username();
    private final String password = account.password();

    @Test
    void anInvalidBodyIs400WithOneErrorPerField() {
        HttpResponse<String> response = put(user, password, "{\"newPassword\":\"short\"}", null);

        assertProblem(response, 400, PATH);
        JsonObject problem = FundServer.object(response);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field") + ": " + e.getString("message"))
                .containsExactly(
                        "currentPassword: enter your current password", "newPassword: use 12 to 128 characters");
    }

    @Test
    void aBodyThatIsNotJsonIs400AndAnotherMediaTypeIs415() {
        assertProblem(put(user, password, "{not json", null), 400, PATH);

        HttpResponse<String> plain = FundServer.send(FundServer.requestAs(user, password, PATH)
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("new password please")));
        assertProblem(plain, 415, PATH);
    }

    @Test
    void aWrongCurrentPasswordBreaksARuleAnd422NamesIt() {
        HttpResponse<String> response = put(user, password, body("not-my-password", NEW_PASSWORD), null);

        assertProblem(response, 422, PATH);
        assertThat(FundServer.object(response).getString("type")).endsWith("/wrong-current-password");
        String event = FundServer.object(FundServer.getAs(
                        "auditor", "/api/v1/audit-events?subjectType=UserAccount&subjectId=" + user + "&limit=1"))
                .getJsonArray("items")
                .getJsonObject(0)
                .toString();
        assertThat(event).contains("\"outcome\":\"REFUSED\"").contains("wrong-current-password");
    }

    @Test
    void aStaleIfMatchIs412AndTellsTheCurrentVersion() {
        String etag = currentEtag(user, password);
        long stale = Long.parseLong(etag.replace("\"", "")) - 1;

        HttpResponse<String> response = put(user, password, body(password, NEW_PASSWORD), "\"" + stale + "\"");

        assertProblem(response, 412, PATH);
        assertThat(response.headers().firstValue("ETag")).contains(etag);
        assertThat(login(user, password)).as("nothing changed").isEqualTo(200);
    }

    @Test
    void theRightRequestChangesThePasswordAndTheOldOneStopsWorkingAtOnce() {
        String etag = currentEtag(user, password);
        HttpResponse<String> changed = put(user, password, body(password, NEW_PASSWORD), etag);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        long before = Long.parseLong(etag.replace("\"", ""));
        assertThat(changed.headers().firstValue("ETag")).contains("\"" + (before + 1) + "\"");
        assertThat(login(user, password)).isEqualTo(401);
        assertThat(login(user, NEW_PASSWORD)).isEqualTo(200);

        HttpResponse<String> back = put(user, NEW_PASSWORD, body(NEW_PASSWORD, password), null);
        assertProblem(back, 422, PATH);
        assertThat(FundServer.object(back).getString("type"))
                .as("a recent password")
                .endsWith("/recent-password");
    }

    @Test
    void aCommonPasswordOrAnOverlongOneIsRefusedAndNothingChanges() {
        HttpResponse<String> common = put(user, password, body(password, "password1234!"), null);
        assertProblem(common, 422, PATH);
        assertThat(FundServer.object(common).getString("type")).endsWith("/common-password");

        HttpResponse<String> overlong = put(user, password, body(password, "x".repeat(129)), null);
        assertProblem(overlong, 400, PATH);
        assertThat(login(user, password)).isEqualTo(200);
    }

    private static String body(String current, String replacement) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + replacement + "\"}";
    }

    private static HttpResponse<String> put(String user, String password, String json, String ifMatch) {
        HttpRequest.Builder request = FundServer.requestAs(user, password, PATH)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return FundServer.send(request);
    }

    private static String currentEtag(String user, String password) {
        HttpResponse<String> me = FundServer.send(
                FundServer.requestAs(user, password, "/api/v1/me").GET());
        assertThat(me.statusCode()).isEqualTo(200);
        return me.headers().firstValue("ETag").orElseThrow();
    }

    private static int login(String user, String password) {
        return FundServer.send(
                        FundServer.requestAs(user, password, "/api/v1/me").GET())
                .statusCode();
    }
}
