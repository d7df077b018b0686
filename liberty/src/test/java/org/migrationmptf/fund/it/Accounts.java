package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Accounts made for one test, the way the fund makes them: the demo administrator creates the
 * account (with a one-time password) and the user replaces it, so tests that change passwords,
 * throttle sign-ins or disable accounts never touch the shared demo users.
 */
final class Accounts {

    static final String PASSWORD = "a river of stones 4711";

    private Accounts() {}

    /** A user created by the administrator, still holding its one-time password. */
    record Created(String username, String oneTimePassword) {}

    /** A user ready to work: created, and its own password chosen. */
    record Ready(String username, String password) {}

    static Created created(String role, String actsFor) {
        String username = "it-" + role.toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = Api.as("admin")
                .post(
                        "/api/v1/users",
                        Api.json(
                                "username", username, "displayName", "Test " + role, "role", role, "actsFor", actsFor));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new Created(username, FundServer.object(response).getString("oneTimePassword"));
    }

    static Ready ready(String role, String actsFor) {
        Created created = created(role, actsFor);
        HttpResponse<String> changed = Api.as(created.username(), created.oneTimePassword())
                .put(
                        "/api/v1/me/password",
                        Api.json("currentPassword", created.oneTimePassword(), "newPassword", PASSWORD));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        return new Ready(created.username(), PASSWORD);
    }
}
