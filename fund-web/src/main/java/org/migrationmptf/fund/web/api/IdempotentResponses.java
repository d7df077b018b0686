package org.migrationmptf.fund.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.migrationmptf.fund.idempotency.api.IdempotentOutcome;
import org.migrationmptf.fund.idempotency.api.IdempotentRequests;
import org.migrationmptf.fund.shared.InvalidInput;

/**
 * The HTTP side of idempotent money-moving POSTs: the {@code Idempotency-Key} header is required,
 * the request is fingerprinted as its JSON, and a replayed answer carries {@code
 * Idempotent-Replayed: true}.
 */
@ApplicationScoped
public class IdempotentResponses {

    static final String HEADER = "Idempotency-Key";

    private static final Jsonb JSONB = JsonConfiguration.JSONB;

    @Inject
    IdempotentRequests requests;

    /** What a money-moving request created: its status, where it lives, and its representation. */
    record Created(int status, URI location, Object entity) {}

    Response once(String key, String caller, String operation, Object request, Supplier<Created> work) {
        if (key == null || key.isBlank()) {
            throw new InvalidInput(
                    "a money-moving request needs an Idempotency-Key header",
                    List.of(new InvalidInput.Issue(
                            HEADER, "send a unique key (for example a UUID) with this request")));
        }
        if (key.length() > 100 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInput(
                    "the Idempotency-Key header is not valid",
                    List.of(new InvalidInput.Issue(HEADER, "use 1 to 100 visible ASCII characters")));
        }
        IdempotentOutcome outcome = requests.once(caller, key, operation, JSONB.toJson(request), () -> {
            Created created = work.get();
            return IdempotentOutcome.fresh(
                    created.status(),
                    created.location() == null ? null : created.location().toString(),
                    JSONB.toJson(created.entity()));
        });
        Response.ResponseBuilder response = Response.status(outcome.status())
                .type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(outcome.body());
        if (outcome.location() != null) {
            response.location(URI.create(outcome.location()));
        }
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
