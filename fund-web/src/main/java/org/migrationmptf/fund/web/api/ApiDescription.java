package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.migrationmptf.fund.web.problem.Problem;

/**
 * Completes the generated {@code /openapi} from the resources themselves, so that the description
 * cannot drift from the code: every operation gets its security (none for {@code @PermitAll}, HTTP
 * Basic with the roles named for {@code @RolesAllowed}), the problem+json answers it can give (400,
 * 401/403/429 when secured, 404 on a path with an identifier, 409/413/415/422 on writes, 412 where
 * {@code If-Match} is read), and the money-moving requests an example body. Registered as
 * {@code mp.openapi.filter}.
 */
public class ApiDescription implements OASFilter {

    /** The API's resources: {@code ApiDescriptionTest} fails when one is missing here. */
    static final List<Class<?>> RESOURCES = List.of(
            AgreementsResource.class,
            AllocationsResource.class,
            ApprovalsResource.class,
            AuditResource.class,
            ConceptNotesResource.class,
            ContributorsResource.class,
            DecisionsResource.class,
            DepositsResource.class,
            DirectCostsResource.class,
            ExchangeRatesResource.class,
            ExpenditureReportsResource.class,
            IatiResource.class,
            LedgerResource.class,
            MeResource.class,
            PledgesResource.class,
            PublicReportsResource.class,
            ProgrammesResource.class,
            PunoReturnsResource.class,
            ReferenceDataResource.class,
            ReportsResource.class,
            ThematicAreasResource.class,
            TransferInstructionsResource.class,
            TransfersResource.class,
            UsersResource.class);

    static final String PROBLEM_SCHEMA = "Problem";
    static final String SECURITY_SCHEME = "basic";

    /** Example bodies of the requests that move money, as a client sends them. */
    static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry(
                    "POST /api/v1/programmes",
                    "{\"code\":\"MMPTF-KEN-2026-01\",\"title\":\"Safe labour mobility corridors\","
                            + "\"geography\":\"NATIONAL\",\"countries\":[\"KEN\"],\"thematicArea\":\"TA3\","
                            + "\"leadPuno\":\"IOM\",\"startsOn\":\"2026-07-01\",\"endsOn\":\"2028-06-30\","
                            + "\"budget\":[{\"puno\":\"IOM\",\"category\":\"1\",\"year\":2026,\"amount\":400000.00},"
                            + "{\"puno\":\"ILO\",\"category\":\"4\",\"year\":2027,\"amount\":250000.00}],"
                            + "\"gcmObjectives\":[6,22],\"guidingPrinciples\":[\"PEOPLE_CENTRED\",\"HUMAN_RIGHTS\"],"
                            + "\"genderMarker\":\"2a\",\"humanRightsMarker\":\"2b\",\"conceptNote\":7}"),
            Map.entry(
                    "POST /api/v1/concept-notes",
                    "{\"submittedBy\":\"UN Country Team Kenya\",\"title\":\"Safe labour mobility corridors\","
                            + "\"leadPuno\":\"IOM\",\"punos\":[\"IOM\",\"ILO\"],\"countries\":[\"KEN\"],"
                            + "\"requestedAmount\":695500.00,\"thematicAreas\":[\"TA4\"],\"gcmObjectives\":[6,22],"
                            + "\"guidingPrinciples\":[\"PEOPLE_CENTRED\"],\"receivedOn\":\"2026-02-14\"}"),
            Map.entry(
                    "POST /api/v1/programmes/{code}/extensions",
                    "{\"endsOn\":\"2028-12-31\",\"decision\":\"SC-2026-09\"}"),
            Map.entry(
                    "POST /api/v1/transfer-instructions",
                    "{\"programme\":\"MMPTF-KEN-2026-01\",\"puno\":\"IOM\",\"amount\":299600.00}"),
            Map.entry(
                    "POST /api/v1/refunds",
                    "{\"programme\":\"MMPTF-KEN-2023-01\",\"puno\":\"ILO\",\"amount\":1250.40,"
                            + "\"valueDate\":\"2026-03-12\",\"reference\":\"ILO-REF-2026-03\"}"),
            Map.entry("POST /api/v1/transfers", "{\"instruction\":12,\"valueDate\":\"2026-08-03\"}"),
            Map.entry(
                    "POST /api/v1/allocations",
                    "{\"programme\":\"MMPTF-KEN-2026-01\",\"puno\":\"IOM\",\"amount\":428000.00,"
                            + "\"decision\":\"SC-2026-04\"}"),
            Map.entry(
                    "POST /api/v1/agreements/{id}/deposits",
                    "{\"receivedOn\":\"2026-02-10\",\"amount\":1250000.00,\"currency\":\"EUR\","
                            + "\"bankReference\":\"DEU-2026-0210\"}"),
            Map.entry(
                    "POST /api/v1/contributors/{code}/agreements",
                    "{\"reference\":\"MIG-LUX-2026-01\",\"signedOn\":\"2026-01-15\",\"currency\":\"EUR\","
                            + "\"commitment\":500000.00,\"schedule\":[{\"dueOn\":\"2026-03-31\",\"amount\":500000.00}]}"),
            Map.entry(
                    "POST /api/v1/agreements/{id}/amendments",
                    "{\"signedOn\":\"2026-06-01\",\"change\":250000.00,\"reason\":\"top-up signed by the donor\"}"),
            Map.entry(
                    "POST /api/v1/ledger/interest",
                    "{\"valueDate\":\"2026-06-30\",\"amountUsd\":1834.27,\"reference\":\"INT-2026-06\"}"),
            Map.entry(
                    "POST /api/v1/ledger/bank-charges",
                    "{\"valueDate\":\"2026-06-30\",\"amountUsd\":25.00,\"reference\":\"BANK-2026-06\"}"),
            Map.entry(
                    "POST /api/v1/ledger/entries/{id}/reversal",
                    "{\"reversedOn\":\"2026-07-02\",\"reason\":\"posted twice by mistake\"}"),
            Map.entry("POST /api/v1/deposits/{id}/rejection", "{\"reason\":\"duplicate of the bank's advice\"}"),
            Map.entry(
                    "POST /api/v1/decisions",
                    "{\"number\":\"SC-2026-04\",\"decidedOn\":\"2026-05-12\",\"procedure\":\"MEETING\","
                            + "\"type\":\"ALLOCATE\",\"text\":\"Allocates USD 2,000,000 to MIG-NPL-2026 (IOM, UNDP)\"}"));

    private static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

    static {
        PROBLEMS.put("400", "The request is malformed or a field is invalid (errors[] names each field)");
        PROBLEMS.put("401", "No or wrong credentials (HTTP Basic)");
        PROBLEMS.put("403", "The caller's role may not do this (audited), or a one-time password must be changed");
        PROBLEMS.put("404", "No such record, or one the caller may not see");
        PROBLEMS.put("409", "A concurrent change or a duplicate (retry with a fresh read)");
        PROBLEMS.put("412", "If-Match names a version that is no longer current (audited)");
        PROBLEMS.put("413", "The body is larger than the operation accepts");
        PROBLEMS.put("415", "The body is not in a media type the operation accepts");
        PROBLEMS.put("422", "A rule of the fund refuses it (e.g. over the commitment, maker = checker, closed period)");
        PROBLEMS.put("429", "Too many failed sign-ins: wait for Retry-After seconds");
        PROBLEMS.put("500", "Failed on the server; correlationId ties it to the server log. It may have been done");
    }

    private final Map<String, Method> operations = index();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> describe(path, item));
    }

    private void describe(String path, PathItem item) {
        item.getOperations().forEach((verb, operation) -> {
            String key = verb.name() + " " + path;
            Method method = operations.get(key);
            if (method != null) {
                describe(key, method, operation);
            }
        });
    }

    private void describe(String key, Method method, Operation operation) {
        Optional<String[]> roles = roles(method);
        if (roles.isEmpty()) {
            operation.setSecurity(new ArrayList<>());
        } else {
            SecurityRequirement basic = OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME);
            operation.setSecurity(new ArrayList<>(List.of(basic)));
            String who = "Roles: " + String.join(", ", roles.get()) + ".";
            operation.setDescription(
                    operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (String status : statuses(key, method, roles.isPresent())) {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, problem(PROBLEMS.get(status)));
            }
        }
        String example = EXAMPLES.get(key);
        if (example != null
                && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
            if (json != null) {
                json.setExample(example);
            }
        }
    }

    /** The problem statuses an operation can answer, from what it reads and who may call it. */
    static List<String> statuses(String key, Method method, boolean secured) {
        List<String> statuses = new ArrayList<>(List.of("400"));
        boolean writes = !key.startsWith("GET ");
        if (secured) {
            statuses.add("401");
            statuses.add("403");
        }
        if (key.contains("{")) {
            statuses.add("404");
        }
        if (writes) {
            statuses.add("409");
        }
        if (reads(method, HttpHeaders.IF_MATCH)) {
            statuses.add("412");
        }
        if (writes) {
            statuses.add("413");
        }
        if (method.isAnnotationPresent(Consumes.class)) {
            statuses.add("415");
        }
        if (writes) {
            statuses.add("422");
        }
        if (secured) {
            statuses.add("429");
        }
        statuses.add("500");
        return statuses;
    }

    private static boolean reads(Method method, String header) {
        return Arrays.stream(method.getParameters())
                .map(p -> p.getAnnotation(HeaderParam.class))
                .anyMatch(h -> h != null && h.value().equalsIgnoreCase(header));
    }

    /** The roles that may call the method, or empty when anyone may. */
    static Optional<String[]> roles(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return Optional.empty();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return method.getDeclaringClass().isAnnotationPresent(PermitAll.class)
                    ? Optional.empty()
                    : Optional.of(new String[] {"any signed-in user"});
        }
        return Optional.of(allowed.value());
    }

    /** "POST /api/v1/agreements/{id}/deposits" for every resource method. */
    static Map<String, Method> index() {
        Map<String, Method> index = new HashMap<>();
        String root = "/api";
        for (Class<?> resource : RESOURCES) {
            String base = resource.isAnnotationPresent(Path.class)
                    ? resource.getAnnotation(Path.class).value()
                    : "";
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                String sub = method.isAnnotationPresent(Path.class)
                        ? method.getAnnotation(Path.class).value()
                        : "";
                index.put(verb + " " + join(root, base, sub), method);
            }
        }
        return index;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    private static APIResponse problem(String description) {
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM_SCHEMA));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema violation = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string)
                .addProperty("message", string);
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details: the only shape of an error answer")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("uri")
                                .example("https://migrationmptf.example/problems/commitment-exceeded"))
                .addProperty("title", string)
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.INTEGER))
                                .example(422))
                .addProperty("detail", string)
                .addProperty(
                        "instance",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("uri"))
                .addProperty("correlationId", string)
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.ARRAY))
                                .items(violation));
    }
}
