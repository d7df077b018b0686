package org.migrationmptf.fund.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * A small client of the API that reads like what a caller does: {@code Api.as("finance").post(path,
 * body)}, with an Idempotency-Key ({@link #idempotent()}) or an If-Match ({@link #ifMatch}) when
 * asked for. Bodies are built as JSON objects ({@link #json}), not concatenated strings.
 */
final class Api {

    private final String user;
    private final String password;
    private String idempotencyKey;
    private String ifMatch;

    private Api(String user, String password) {
        this.user = user;
        this.password = password;
    }

    static Api as(String user) {
        return new Api(user, FundServer.DEMO_PASSWORD);
    }

    static Api as(String user, String password) {
        return new Api(user, password);
    }

    static Api anonymous() {
        return new Api(null, null);
    }

    /** The next request carries a fresh Idempotency-Key. */
    Api idempotent() {
        idempotencyKey = UUID.randomUUID().toString();
        return this;
    }

    Api withKey(String key) {
        idempotencyKey = key;
        return this;
    }

    Api ifMatch(String etag) {
        ifMatch = etag;
        return this;
    }

    HttpResponse<String> get(String path) {
        return FundServer.send(builder(path).GET());
    }

    HttpResponse<String> post(String path) {
        return FundServer.send(builder(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> post(String path, JsonObject body) {
        return FundServer.send(builder(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    HttpResponse<String> postJson(String path, String rawJson) {
        return FundServer.send(builder(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawJson)));
    }

    HttpResponse<String> postCsv(String path, String csv) {
        return FundServer.send(
                builder(path).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    HttpResponse<String> put(String path, JsonObject body) {
        return FundServer.send(builder(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder request =
                user == null ? FundServer.request(path) : FundServer.requestAs(user, password, path);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    /** A JSON object of name-value pairs: strings, numbers (as given, e.g. {@code new BigDecimal("1.50")}), nested objects. */
    static JsonObject json(Object... pairs) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            Object value = pairs[i + 1];
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof BigDecimal decimal) {
                object.add(name, decimal);
            } else if (value instanceof Integer number) {
                object.add(name, number);
            } else if (value instanceof Long number) {
                object.add(name, number);
            } else if (value instanceof JsonObject nested) {
                object.add(name, nested);
            } else if (value instanceof Collection<?> list) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                for (Object item : list) {
                    if (item instanceof JsonObject element) {
                        array.add(element);
                    } else {
                        array.add(item.toString());
                    }
                }
                object.add(name, array);
            } else {
                object.add(name, value.toString());
            }
        }
        return object.build();
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
