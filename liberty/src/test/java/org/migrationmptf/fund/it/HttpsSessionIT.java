package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * Signing in over HTTPS (the test server's self-signed certificate is trusted here): the signed-in
 * session is bound to a {@code Secure}, HttpOnly cookie, and its session id alone opens nothing.
 */
class HttpsSessionIT {

    private static final String BASE = "https://localhost:" + System.getProperty("it.https.port", "9443");

    @Test
    void aSessionSignedInOverHttpsIsBoundToASecureCookieWithoutWhichItsIdOpensNothing() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(trustingTheTestCertificate())
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String firstSession = cookie(login.headers().allValues("Set-Cookie"), "JSESSIONID");
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(login.body());
        assertThat(viewState.find()).isTrue();
        String form = "login_SUBMIT=1&login%3AsignIn=&login%3Ausername=auditor&login%3Apassword="
                + URLEncoder.encode(FundServer.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);

        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                        .header("Cookie", firstSession)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        List<String> cookies = signedIn.headers().allValues("Set-Cookie");
        String binding = cookies.stream()
                .filter(c -> c.startsWith("__Host-fund-session="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no binding cookie in " + cookies));
        assertThat(binding).contains("; Secure").contains("HttpOnly").contains("Path=/");
        String session = cookie(cookies, "JSESSIONID");
        String bindingPair = binding.substring(0, binding.indexOf(';'));

        assertThat(status(client, "/ledger/trial-balance.xhtml", session + "; " + bindingPair))
                .isEqualTo(200);
        assertThat(status(client, "/ledger/trial-balance.xhtml", session))
                .as("the session id without its Secure cookie")
                .isEqualTo(302);
    }

    private static int status(HttpClient client, String path, String cookies) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(URI.create(BASE + path))
                                .header("Cookie", cookies)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream()
                .filter(c -> c.startsWith(name + "="))
                .reduce((first, last) -> last)
                .map(c -> c.substring(0, c.indexOf(';')))
                .orElseThrow(() -> new AssertionError("no " + name + " in " + setCookies));
    }

    /** Trusts the server's generated self-signed certificate, for this test's client only. */
    private static SSLContext trustingTheTestCertificate() throws Exception {
        TrustManager[] trustAll = {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustAll, new java.security.SecureRandom());
        return context;
    }
}
