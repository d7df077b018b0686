package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmptf.fund.it.Api.amount;
import static org.migrationmptf.fund.it.Api.json;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The error contract at the edges the outside testers found: unknown JSON properties, non-numeric
 * paging, malformed paths, oversized bodies and lists, control characters. Each answers 4xx
 * problem+json naming what is wrong, and writes nothing.
 */
class RequestContractIT {

    @Test
    void anUnknownOrMistypedPropertyIs400NamingItInsteadOfBeingIgnored() {
        long agreement = ContributionsIT.agreement("DEU", "2026-01-05", "EUR", "100.00", "2026-02-28");
        String path = "/api/v1/agreements/" + agreement + "/deposits";

        HttpResponse<String> response = Api.as("finance")
                .idempotent()
                .postJson(
                        path,
                        "{\"receivedOn\":\"2026-01-20\",\"amount\":10.00,\"currency\":\"EUR\","
                                + "\"usdReceived\":11.00,\"unitsPerUsd\":0.9}");

        ErrorContractIT.assertProblem(response, 400, path);
        assertThat(response.body()).contains("\"field\":\"unitsPerUsd\"");
        assertThat(FundServer.array(Api.as("finance").get(path))).isEmpty();

        HttpResponse<String> nested = Api.as("finance")
                .post(
                        "/api/v1/contributors/DEU/agreements",
                        json(
                                "reference", "IT-NESTED",
                                "signedOn", "2026-01-05",
                                "currency", "USD",
                                "committed", amount("1.00"),
                                "earmarkKind", "UNEARMARKED",
                                "schedule",
                                        List.of(json("dueOn", "2026-01-31", "amount", amount("1.00"), "amout", 1))));
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(nested.body()).contains("\"field\":\"schedule[0].amout\"");
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        HttpResponse<String> role = Api.as("admin")
                .post("/api/v1/users", json("username", "it-wrong-role", "displayName", "x", "role", "SUPERUSER"));
        ErrorContractIT.assertProblem(role, 400, "/api/v1/users");
        assertThat(role.body()).contains("\"field\":\"role\"").contains("must be one of [CONTRIBUTOR");

        HttpResponse<String> kind =
                Api.as("finance").post("/api/v1/contributors", json("code", "ZZTOP", "kind", "PLANET", "name", "x"));
        assertThat(kind.body()).contains("\"field\":\"kind\"");
    }

    @Test
    void aLimitThatIsNotANumberIs400NamingIt() {
        HttpResponse<String> response = Api.anonymous().get("/api/v1/contributors?limit=abc");

        ErrorContractIT.assertProblem(response, 400, "/api/v1/contributors");
        assertThat(response.body()).contains("\"field\":\"limit\"");
        assertThat(Api.as("auditor").get("/api/v1/audit-events?offset=-1").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aPathWithCharactersAUriMayNotHoldIsAProblemNotA500() throws Exception {
        for (String path : List.of("/api/v1/x|y", "/api/v1/contributors/A%20B|C", "/api/v1/{id}")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertThat(answer).contains("application/problem+json").doesNotContain("Exception");
        }
    }

    @Test
    void aBodyOverTheLimitIs413AndAScheduleOfMoreThan120InstalmentsToo() {
        long agreement = ContributionsIT.agreement("DEU", "2026-01-05", "USD", "100.00", "2026-02-28");
        String path = "/api/v1/agreements/" + agreement + "/deposits";
        String huge = "{\"receivedOn\":\"2026-01-20\",\"amount\":1.00,\"currency\":\"USD\",\"bankReference\":\""
                + "x".repeat(70_000) + "\"}";

        HttpResponse<String> tooLarge = Api.as("finance").idempotent().postJson(path, huge);
        ErrorContractIT.assertProblem(tooLarge, 413, path);

        List<JsonObject> instalments = new ArrayList<>();
        for (int i = 0; i < 121; i++) {
            instalments.add(json("dueOn", "2026-12-31", "amount", amount("1.00")));
        }
        HttpResponse<String> longSchedule = Api.as("finance")
                .post(
                        "/api/v1/contributors/DEU/agreements",
                        json(
                                "reference", "IT-121",
                                "signedOn", "2026-01-05",
                                "currency", "USD",
                                "committed", amount("121.00"),
                                "earmarkKind", "UNEARMARKED",
                                "schedule", instalments));
        ErrorContractIT.assertProblem(longSchedule, 413, "/api/v1/contributors/DEU/agreements");
        assertThat(longSchedule.body()).contains("\"field\":\"schedule\"").contains("at most 120");
    }

    @Test
    void aControlCharacterInATextFieldIs400NamingTheField() {
        long agreement = ContributionsIT.agreement("DEU", "2026-01-05", "USD", "100.00", "2026-02-28");
        String path = "/api/v1/agreements/" + agreement + "/amendments";

        HttpResponse<String> response = Api.as("finance")
                .post(
                        path,
                        json("signedOn", "2026-01-10", "change", amount("5.00"), "reason", "letter\u0000of intent"));

        ErrorContractIT.assertProblem(response, 400, path);
        assertThat(response.body()).contains("\"field\":\"reason\"").contains("control characters");
        assertThat(FundServer.object(Api.as("finance").get("/api/v1/agreements/" + agreement))
                        .getJsonNumber("commitment")
                        .toString())
                .isEqualTo("100.00");
    }

    /** A request written on the socket as is: the JDK client would refuse to send these paths. */
    private static String raw(String request) throws Exception {
        java.net.URI base = java.net.URI.create(FundServer.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
