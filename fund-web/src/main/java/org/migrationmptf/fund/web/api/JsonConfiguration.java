package org.migrationmptf.fund.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;

/**
 * The API's one JSON-B configuration. Decimals are written as JSON numbers exactly as held, scale
 * included ({@code 1250.00}, {@code 0.862100}): the default would turn some into binary doubles
 * ({@code 0.0}) and others into strings, depending on their size.
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withSerializers(new ExactDecimal()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Writes a BigDecimal as the JSON number of its plain string. */
    public static class ExactDecimal implements JsonbSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.write(new BigDecimal(value.toPlainString()));
        }
    }
}
