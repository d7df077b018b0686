package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session on the pages, without a browser: a cookie jar, the sign-in form, and the
 * real forms of the pages submitted as a browser submits them (every field of the form, the view
 * state, the PrimeFaces nonce, the button pressed). Redirects are not followed automatically, so a
 * test sees the Post-Redirect-Get.
 */
final class PageSession {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A page as the server answered it. */
    record Page(int status, String path, String html, Optional<String> location) {

        /** The form with this id, with its fields as rendered (hidden fields, inputs, selected options). */
        Form form(String id) {
            Matcher m = Pattern.compile(
                            "<form id=\"" + Pattern.quote(id) + "\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>",
                            Pattern.DOTALL)
                    .matcher(html);
            assertThat(m.find()).as("form " + id + " on " + path + ":\n" + html).isTrue();
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = Pattern.compile("<input([^>]*)>").matcher(m.group(2));
            while (input.find()) {
                String attributes = input.group(1);
                String name = attribute(attributes, "name");
                String type = attribute(attributes, "type");
                if (name == null || "file".equals(type) || "checkbox".equals(type)) {
                    continue;
                }
                String value = attribute(attributes, "value");
                fields.put(name, value == null ? "" : unescape(value));
            }
            Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                    .matcher(m.group(2));
            while (select.find()) {
                Matcher selected = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected")
                        .matcher(select.group(2));
                fields.put(select.group(1), selected.find() ? unescape(selected.group(1)) : "");
            }
            fields.put(id + "_SUBMIT", "1");
            Matcher nonce = Pattern.compile("csp\\.init\\('([^']+)'\\)").matcher(html);
            if (nonce.find()) {
                fields.put("primefaces.nonce", nonce.group(1));
            }
            return new Form(m.group(1), fields);
        }

        boolean has(String text) {
            return html.contains(text);
        }

        private static String attribute(String attributes, String name) {
            Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
            return m.find() ? m.group(1) : null;
        }

        private static String unescape(String html) {
            return html.replace("&amp;", "&")
                    .replace("&quot;", "\"")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">");
        }
    }

    /** A form about to be submitted. */
    static final class Form {
        final String action;
        final Map<String, String> fields;

        Form(String action, Map<String, String> fields) {
            this.action = action;
            this.fields = fields;
        }

        Form set(String name, String value) {
            fields.put(name, value);
            return this;
        }

        Form press(String button) {
            fields.put(button, "");
            return this;
        }

        String body() {
            return fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    /** Signs in through the form; the session then carries the user. */
    static PageSession signedIn(String user, String password) {
        PageSession session = new PageSession();
        Page login = session.open("/login.xhtml");
        Page answer = session.submit(login.form("login")
                .set("login:username", user)
                .set("login:password", password)
                .press("login:signIn"));
        assertThat(answer.status())
                .as("sign-in of " + user + ": " + answer.html())
                .isEqualTo(302);
        return session;
    }

    static PageSession signedIn(String user) {
        return signedIn(user, FundServer.DEMO_PASSWORD);
    }

    static PageSession anonymous() {
        return new PageSession();
    }

    Page open(String path) {
        return send(HttpRequest.newBuilder(FundServer.uri(path)).GET(), path);
    }

    /** Opens the page, following redirects as a browser does (at most five). */
    Page follow(String path) {
        Page page = open(path);
        for (int i = 0; i < 5 && page.location().isPresent(); i++) {
            URI next = URI.create(page.location().get());
            String target = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            page = open(target);
        }
        return page;
    }

    /**
     * The ajax request a browser sends when a field with an {@code f:ajax} changes (the contributor
     * menu reloading the agreement menu): only that field is executed, in the same view.
     */
    void change(Form form, String field) {
        Map<String, String> fields = new LinkedHashMap<>(form.fields);
        fields.put("jakarta.faces.source", field);
        fields.put("jakarta.faces.partial.event", "change");
        fields.put("jakarta.faces.partial.execute", field);
        fields.put("jakarta.faces.partial.render", field);
        fields.put("jakarta.faces.behavior.event", "valueChange");
        fields.put("jakarta.faces.partial.ajax", "true");
        Page answer = send(
                HttpRequest.newBuilder(FundServer.uri(form.action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(new Form(form.action, fields).body())),
                form.action);
        assertThat(answer.status()).as(answer.html()).isEqualTo(200);
    }

    /** Submits a multipart form (a file upload) with one file field. */
    Page submitWithFile(Form form, String fileField, String fileName, String content) {
        String boundary = "----fund" + java.util.UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        form.fields.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(fileField)
                .append("\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: text/csv\r\n\r\n")
                .append(content)
                .append("\r\n--")
                .append(boundary)
                .append("--\r\n");
        return send(
                HttpRequest.newBuilder(FundServer.uri(form.action))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)),
                form.action);
    }

    Page submit(Form form) {
        return send(
                HttpRequest.newBuilder(FundServer.uri(form.action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.body())),
                form.action);
    }

    private Page send(HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> response = client.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(
                    response.statusCode(),
                    path,
                    response.body(),
                    response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session cookie, for a test that rides it elsewhere (the API must refuse it). */
    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getName() + "=" + c.getValue())
                .findFirst()
                .orElseThrow();
    }
}
