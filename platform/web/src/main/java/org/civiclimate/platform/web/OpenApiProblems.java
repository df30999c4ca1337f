package org.civiclimate.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Declares, on every operation, the problem+json responses the platform really answers it with (see
 * {@code ProblemExceptionHandler}, the security handlers and the gateway), so that a client generator types them and a
 * reader sees them: 400 for bad input, 401/403 behind a token, 404 for what the path names, 413/415 for bodies, 429
 * from the gateway's rate limits. Responses an operation declares itself ({@code @ApiResponse(responseCode = "409")})
 * are kept and, without content, given the {@code Problem} schema.
 */
final class OpenApiProblems implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String PUBLIC = "/api/public/";

    /** A response every service may declare: a component under {@code #/components/responses}, added once used. */
    private record Standard(String status, String component, String description, ProblemType type, String detail) {}

    private static final Standard BAD_REQUEST = new Standard(
            "400",
            "BadRequest",
            "Invalid fields, parameters or body (errors[] names each field at fault)",
            ProblemTypes.INVALID_REQUEST,
            "name: size must be between 0 and 200");
    private static final Standard UNAUTHENTICATED = new Standard(
            "401",
            "Unauthenticated",
            "No valid bearer token",
            ProblemTypes.UNAUTHENTICATED,
            "A bearer token from the platform's identity provider is required");
    private static final Standard FORBIDDEN = new Standard(
            "403",
            "Forbidden",
            "The caller lacks the role this needs",
            ProblemTypes.FORBIDDEN,
            "You are not allowed to do this");
    private static final Standard NOT_FOUND =
            new Standard("404", "NotFound", "Nothing by that name", ProblemTypes.NOT_FOUND, "No such commune");
    private static final Standard TOO_LARGE = new Standard(
            "413",
            "ContentTooLarge",
            "The request body is longer than accepted",
            ProblemTypes.PAYLOAD_TOO_LARGE,
            "The request body is longer than accepted");
    private static final Standard UNSUPPORTED = new Standard(
            "415",
            "UnsupportedMediaType",
            "The body is not application/json",
            ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
            "Content-Type 'text/plain' is not supported");
    private static final Standard RATE_LIMITED = new Standard(
            "429",
            "TooManyRequests",
            "Over the gateway's rate limit; retry after the Retry-After header's seconds",
            ProblemTypes.RATE_LIMITED,
            "Too many requests");

    private static final Standard COMMUNE_SUSPENDED = new Standard(
            "423",
            "CommuneSuspended",
            "The commune is suspended: nothing in it changes until it is reinstated",
            ProblemTypes.COMMUNE_READ_ONLY,
            "The commune 'uccle' is suspended: nothing in it can be changed until it is reinstated");

    private static final java.util.regex.Pattern IN_A_COMMUNE =
            java.util.regex.Pattern.compile("^/api/communes/\\{[^}]+}(/.*)?$");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(FIELD_PROBLEM, fieldProblemSchema());
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> declare(openApi, path, method, operation)));
    }

    private static void declare(OpenAPI openApi, String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = path.startsWith(PUBLIC);
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = Objects.requireNonNullElse(operation.getParameters(), List.of());
        boolean inPath = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        if (open) {
            // Anyone may call it: no token asked, whatever the document's default.
            operation.setSecurity(new ArrayList<>());
        }
        var wanted = new ArrayList<Standard>();
        if (body || parameters.stream().anyMatch(OpenApiProblems::canBeInvalid)) {
            wanted.add(BAD_REQUEST);
        }
        if (!open) {
            wanted.add(UNAUTHENTICATED);
            // A signed-in person may always act on themselves; everything else asks for a role.
            if (!path.equals("/api/me") && !path.startsWith("/api/me/")) {
                wanted.add(FORBIDDEN);
            }
        }
        if (inPath) {
            wanted.add(NOT_FOUND);
        }
        if (body) {
            wanted.add(TOO_LARGE);
            wanted.add(UNSUPPORTED);
        }
        // The tenancy filter refuses every change in a suspended commune but its suspension's own.
        if (method != PathItem.HttpMethod.GET
                && IN_A_COMMUNE.matcher(path).matches()
                && !path.endsWith("}/suspension")) {
            wanted.add(COMMUNE_SUSPENDED);
        }
        if (path.startsWith("/api/")) {
            wanted.add(RATE_LIMITED);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (Standard standard : wanted) {
            if (!responses.containsKey(standard.status())) {
                responses.addApiResponse(standard.status(), reference(openApi, standard));
            }
        }
        responses.forEach((status, response) -> {
            // A refusal an operation declares itself is a problem, whatever springdoc guessed from the return type.
            if (status.startsWith("4")
                    && response.get$ref() == null
                    && (response.getContent() == null
                            || !response.getContent().containsKey(Problems.MEDIA_TYPE.toString()))) {
                response.setContent(problemContent(example(status, response.getDescription())));
            }
        });
        operation.setResponses(sorted(responses));
    }

    /**
     * Whether a value of the parameter can be refused with a 400: any but a path segment taken as it is (a commune's
     * slug, which names nothing when wrong: a 404).
     */
    private static boolean canBeInvalid(Parameter parameter) {
        Schema<?> schema = parameter.getSchema();
        if (!"path".equals(parameter.getIn()) || schema == null) {
            return true;
        }
        boolean string = "string".equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().equals(Set.of("string")));
        return !string
                || schema.getMaxLength() != null
                || schema.getMinLength() != null
                || schema.getPattern() != null
                || schema.getFormat() != null
                || schema.getEnum() != null;
    }

    private static ApiResponse reference(OpenAPI openApi, Standard standard) {
        var components = openApi.getComponents();
        if (components.getResponses() == null || !components.getResponses().containsKey(standard.component())) {
            components.addResponses(
                    standard.component(),
                    new ApiResponse().description(standard.description()).content(problemContent(example(standard))));
        }
        return new ApiResponse().$ref("#/components/responses/" + standard.component());
    }

    private static ApiResponses sorted(ApiResponses responses) {
        var sorted = new ApiResponses();
        responses.keySet().stream().sorted().forEach(status -> sorted.addApiResponse(status, responses.get(status)));
        sorted.setExtensions(responses.getExtensions());
        return sorted;
    }

    private static Content problemContent(Map<String, Object> example) {
        return new Content()
                .addMediaType(
                        Problems.MEDIA_TYPE.toString(),
                        new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                .example(example));
    }

    private static Map<String, Object> example(Standard standard) {
        var example = example(standard.type(), standard.detail());
        if (standard == BAD_REQUEST) {
            example.put(
                    "errors",
                    List.of(Map.of(
                            "field",
                            "name",
                            "code",
                            FieldCode.TOO_LONG.code(),
                            "params",
                            Map.of("max", 200),
                            "detail",
                            "size must be between 0 and 200")));
        }
        return example;
    }

    private static Map<String, Object> example(String status, String description) {
        var type = ProblemTypes.forStatus(Integer.parseInt(status));
        return example(type, description == null ? type.title() : description);
    }

    private static Map<String, Object> example(ProblemType type, String detail) {
        var example = new LinkedHashMap<String, Object>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", type.status().value());
        example.put("detail", detail);
        example.put("instance", "/api/communes/uccle");
        example.put("requestId", "3f2c9a4e-8d1b-4c55-9a57-0d5e2b7c1f60");
        return example;
    }

    private static Schema<Object> problemSchema() {
        return object("An RFC 9457 problem: what went wrong, as a type clients switch on, and the fields at fault")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        string("The problem's type, stable: " + ProblemType.BASE + "<slug>")
                                .format("uri"))
                .addProperty("title", string("A short English summary of the type"))
                .addProperty("status", of("integer", "The HTTP status").format("int32"))
                .addProperty("detail", string("What went wrong this time, in English"))
                .addProperty("instance", string("The request's path").format("uri-reference"))
                .addProperty(
                        "errors",
                        of("array", "The fields at fault, each with a code to translate")
                                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM)))
                .addProperty("requestId", string("The request's id (X-Request-Id): quote it when you report a fault"));
    }

    private static Schema<Object> fieldProblemSchema() {
        var codes = Arrays.stream(FieldCode.values()).map(FieldCode::code).toList();
        return object("What is wrong with one field")
                .required(List.of("field", "code", "params", "detail"))
                .addProperty("field", string("The field's JSON path (name, languages[1]) or the parameter's name"))
                .addProperty(
                        "code", string("Why it is wrong: a code to translate")._enum(new ArrayList<>(codes)))
                .addProperty(
                        "params",
                        object("What the code's message needs: max (too-long, too-large), min (too-short, "
                                        + "too-small), allowed (one-of), country (official-code-format)")
                                .additionalProperties(true))
                .addProperty("detail", string("Why it is wrong, in English"));
    }

    private static Schema<Object> object(String description) {
        return of("object", description);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<Object> string(String description) {
        return (Schema) of("string", description);
    }

    private static Schema<Object> of(String type, String description) {
        var schema = new Schema<Object>().type(type).description(description);
        schema.setTypes(Set.of(type));
        return schema;
    }
}
