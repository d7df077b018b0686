package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health, API description and the security headers every answer carries. */
class PlatformIT {

    @Test
    void readinessChecksTheDatabase() {
        HttpResponse<String> response = FundServer.get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = FundServer.object(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject database = health.getJsonArray("checks").getJsonObject(0);
        assertThat(database.getString("name")).isEqualTo("database");
        assertThat(database.getString("status")).isEqualTo("UP");
        String expectedProduct = "postgres".equals(System.getProperty("it.db")) ? "PostgreSQL" : "Apache Derby";
        assertThat(database.getJsonObject("data").getString("product")).isEqualTo(expectedProduct);
    }

    @Test
    void theOpenApiDescriptionListsTheVersionedApi() {
        HttpResponse<String> response = FundServer.get("/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("/api/v1/thematic-areas:")
                .contains("/api/v1/thematic-areas.pdf:")
                .contains("/api/v1/ledger/accounts:")
                .contains("title: Migration MPTF fund API");
        assertThat(FundServer.get("/openapi/ui/").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionGivesEachOperationItsRealStatusesProblemSchemaAndSecurity() {
        jakarta.json.JsonObject api = FundServer.object(FundServer.send(FundServer.request("/openapi")
                .header("Accept", "application/json")
                .GET()));
        jakarta.json.JsonObject paths = api.getJsonObject("paths");

        jakarta.json.JsonObject record =
                paths.getJsonObject("/api/v1/agreements/{id}/deposits").getJsonObject("post");
        jakarta.json.JsonObject responses = record.getJsonObject("responses");
        assertThat(responses.keySet()).contains("201", "400", "401", "403", "404", "409", "412", "422", "500");
        assertThat(responses.getJsonObject("201").getJsonObject("headers").keySet())
                .contains("Location");
        assertThat(responses
                        .getJsonObject("422")
                        .getJsonObject("content")
                        .getJsonObject("application/problem+json")
                        .getJsonObject("schema")
                        .getString("$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(record.getJsonArray("security").getJsonObject(0).keySet()).containsExactly("basic");
        assertThat(record.getJsonObject("requestBody")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .get("example")
                        .toString())
                .contains("receivedOn")
                .contains("amount");
        assertThat(api.getJsonObject("components")
                        .getJsonObject("schemas")
                        .getJsonObject("Problem")
                        .getJsonObject("properties")
                        .keySet())
                .contains("type", "title", "status", "detail", "instance", "errors");

        jakarta.json.JsonObject publicList =
                paths.getJsonObject("/api/v1/contributors").getJsonObject("get");
        assertThat(publicList.getJsonArray("security")).isEmpty();
        assertThat(publicList.getJsonObject("responses").keySet()).doesNotContain("401", "403");
        assertThat(paths.getJsonObject("/api/v1/ledger/periods/{month}/closure")
                        .getJsonObject("post")
                        .getJsonObject("responses")
                        .keySet())
                .contains("202", "412", "422");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndFrameProtection() {
        HttpResponse<String> page = FundServer.get("/reference/thematic-areas.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    @Test
    void everyApiAnswerIsUncacheableAndFrameProtected() {
        HttpResponse<String> api = FundServer.get("/api/v1/currencies");

        assertThat(api.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(api.headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(FundServer.get("/health/ready").headers().firstValue("X-Content-Type-Options"))
                .contains("nosniff");
    }

    @Test
    void aSignedInPageRedirectsAnonymousVisitorsToTheLoginForm() {
        HttpResponse<String> response = FundServer.get("/account.xhtml");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml?next=%2Faccount.xhtml"));
    }

    @Test
    void aPageSessionCookieNeverOpensTheApi() {
        HttpResponse<String> response = FundServer.send(FundServer.request("/api/v1/me")
                .header("Cookie", "JSESSIONID=forged-or-stolen")
                .GET());

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
