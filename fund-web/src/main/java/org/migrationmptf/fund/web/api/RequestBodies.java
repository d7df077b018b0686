package org.migrationmptf.fund.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.TooLarge;

/**
 * Every request body the API reads, before JSON-B sees it: at most {@value #JSON_LIMIT} bytes of JSON
 * or {@value #TEXT_LIMIT} of CSV/text (413 beyond), and a JSON object may carry only the properties
 * of the request record it is read into, at any depth: an unknown or mistyped property (say {@code
 * unitsPerUsd} for {@code bankStatedRate}) is a 400 naming it, instead of being silently ignored.
 */
@Provider
public class RequestBodies implements ReaderInterceptor {

    static final int JSON_LIMIT = 64 * 1024;
    static final int TEXT_LIMIT = 2 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean json =
                context.getMediaType() != null && context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE);
        int limit = json ? JSON_LIMIT : TEXT_LIMIT;
        byte[] body = readAtMost(context.getInputStream(), limit);
        if (json && body.length > 0 && context.getType().isRecord()) {
            List<InvalidInput.Issue> unknown = new ArrayList<>();
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                unknownProperties(reader.readValue(), context.getType(), "", unknown);
            } catch (JsonException e) {
                // not JSON: JSON-B says so below, as a 400 like any unreadable body
            }
            if (!unknown.isEmpty()) {
                throw new InvalidInput(
                        "the request has properties this resource does not know; nothing was changed", unknown);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                throw new TooLarge("body", "a request body here has at most " + limit + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Collects the properties of {@code value} that {@code type} (a record, a list of them) does not have. */
    static void unknownProperties(JsonValue value, Type type, String path, List<InvalidInput.Issue> unknown) {
        Class<?> raw = raw(type);
        if (value instanceof JsonObject object && raw != null && raw.isRecord()) {
            Set<String> known = Arrays.stream(raw.getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            for (String key : object.keySet()) {
                if (!known.contains(key)) {
                    unknown.add(
                            new InvalidInput.Issue(path + key, "is not a property of this request; known: " + known));
                }
            }
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonValue inner = object.get(component.getName());
                if (inner != null) {
                    String field = path + component.getName();
                    String wrong = wrongType(inner, component.getType());
                    if (wrong != null) {
                        unknown.add(new InvalidInput.Issue(field, wrong));
                    } else {
                        unknownProperties(inner, component.getGenericType(), field + ".", unknown);
                    }
                }
            }
        } else if (value instanceof JsonArray array
                && type instanceof ParameterizedType list
                && List.class.isAssignableFrom(raw)) {
            Type element = list.getActualTypeArguments()[0];
            String name = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
            for (int i = 0; i < array.size(); i++) {
                unknownProperties(array.get(i), element, name + "[" + i + "].", unknown);
            }
        }
    }

    /** Why a value cannot be read as the property's type (an enum, a date, a number), so the 400 names the field. */
    private static String wrongType(JsonValue value, Class<?> type) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type.isEnum()) {
            String text = value instanceof jakarta.json.JsonString s ? s.getString() : null;
            boolean known = text != null
                    && Arrays.stream(type.getEnumConstants())
                            .anyMatch(c -> ((Enum<?>) c).name().equals(text));
            return known ? null : "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            try {
                java.time.LocalDate.parse(((jakarta.json.JsonString) value).getString());
                return null;
            } catch (RuntimeException e) {
                return "must be a date such as 2026-06-30";
            }
        }
        if (type == java.math.BigDecimal.class && value.getValueType() != JsonValue.ValueType.NUMBER) {
            return "must be a JSON number such as 1250.00";
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
