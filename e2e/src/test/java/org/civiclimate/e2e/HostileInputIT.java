package org.civiclimate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.TestCommunes;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every write operation of the merged OpenAPI (tenant-, assembly- and plan-service), called on each service directly
 * as a commune's admin and as an operator, with hostile bodies and path values: malformed JSON, wrong types, deep
 * nesting, huge and control-character strings, out-of-range numbers, unknown enum values, wrong media types. None may
 * answer 5xx.
 */
class HostileInputIT {

    private static final Logger log = LoggerFactory.getLogger(HostileInputIT.class);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final List<String> SERVICES = List.of("tenant-service", "assembly-service", "plan-service");
    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

    /** A person's own account: deleting it is not a hostile input, and the demo admin must survive the run. */
    private static final String ACCOUNT = "/api/me";

    private record Operation(String service, String method, String path, JsonNode operation) {}

    private record Sent(String method, String path, String body, int status, String answer) {}

    @Test
    void noWriteOperationAnswersAServerErrorToHostileInput() {
        var platform = RunningPlatform.get();
        String admin = platform.tokens().of(PlatformRealm.DEMO_OTHER_ADMIN);
        String operator = platform.tokens().of(PlatformRealm.DEMO_OPERATOR);
        String slug = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        var created =
                platform.gateway().withToken(admin).post("/api/communes", TestCommunes.requestBody(slug, "Hostile"));
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> "ACTIVE"
                        .equals(platform.gateway()
                                .withToken(admin)
                                .get("/api/communes/" + slug)
                                .json("$.status")));

        List<Operation> operations = new ArrayList<>();
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String service : SERVICES) {
            var document =
                    JSON.readTree(platform.gateway().get("/openapi/" + service).body());
            documents.put(service, document);
            for (var path : document.get("paths").properties()) {
                for (var method : path.getValue().properties()) {
                    if (WRITES.contains(method.getKey()) && !path.getKey().equals(ACCOUNT)) {
                        operations.add(new Operation(service, method.getKey(), path.getKey(), method.getValue()));
                    }
                }
            }
        }
        assertThat(operations).as("write operations in the merged OpenAPI").hasSizeGreaterThan(20);

        List<Sent> sent = new ArrayList<>();
        for (String token : List.of(admin, operator)) {
            for (var operation : operations) {
                var client = platform.service(operation.service()).withToken(token);
                var document = documents.get(operation.service());
                for (String path : paths(operation.path(), slug)) {
                    for (var body : bodies(document, operation.operation())) {
                        var response = client.send(
                                operation.method().toUpperCase(java.util.Locale.ROOT),
                                path,
                                body.getKey(),
                                body.getValue());
                        sent.add(new Sent(
                                operation.method(),
                                path,
                                abbreviated(body.getValue()),
                                response.status(),
                                abbreviated(response.body())));
                    }
                }
            }
        }

        var serverErrors = sent.stream().filter(s -> s.status() >= 500).toList();
        log.info(
                "Hostile input: {} write operations, {} requests, {} answered 5xx",
                operations.size(),
                sent.size(),
                serverErrors.size());
        serverErrors.forEach(error -> log.error("5xx: {}", error));
        assertThat(serverErrors).as("requests answered with a server error").isEmpty();
    }

    /** The operation's path with a real commune and real-looking ids, then with hostile values in each parameter. */
    private static List<String> paths(String template, String slug) {
        var paths = new ArrayList<String>();
        paths.add(fill(template, slug, UUID.randomUUID().toString()));
        if (template.contains("{")) {
            for (String hostile : List.of("%27%20OR%201%3D1--", "..%2F..%2Fetc", "%00", "x".repeat(300), "-1")) {
                paths.add(fill(template, hostile, hostile));
            }
        }
        return paths;
    }

    private static String fill(String template, String slug, String other) {
        return template.replace("{slug}", slug).replaceAll("\\{[^}]+}", other);
    }

    /** Content type and body pairs: generic hostile bodies, then bodies shaped on the operation's schema. */
    private static List<Map.Entry<String, String>> bodies(JsonNode document, JsonNode operation) {
        String json = "application/json";
        var bodies = new ArrayList<Map.Entry<String, String>>();
        bodies.add(Map.entry(json, "{"));
        bodies.add(Map.entry(json, "[]"));
        bodies.add(Map.entry(json, "\"text\""));
        bodies.add(Map.entry(json, "null"));
        bodies.add(Map.entry(json, "{}"));
        bodies.add(Map.entry(json, "[".repeat(5000) + "]".repeat(5000)));
        bodies.add(Map.entry(json, "{\"a\":\"" + "A".repeat(500_000) + "\"}"));
        bodies.add(Map.entry("text/plain", "{}"));
        bodies.add(Map.entry("application/xml", "<a/>"));
        var schema = requestSchema(document, operation);
        if (schema != null && schema.has("properties")) {
            bodies.add(Map.entry(
                    json, shaped(document, schema, Hostility.WRONG_TYPES).toString()));
            bodies.add(Map.entry(
                    json, shaped(document, schema, Hostility.EXTREME_VALUES).toString()));
            bodies.add(Map.entry(json, shaped(document, schema, Hostility.NULLS).toString()));
        }
        return bodies;
    }

    private enum Hostility {
        WRONG_TYPES,
        EXTREME_VALUES,
        NULLS
    }

    private static ObjectNode shaped(JsonNode document, JsonNode schema, Hostility hostility) {
        var body = JSON.createObjectNode();
        for (var property : schema.get("properties").properties()) {
            var type = resolve(document, property.getValue());
            String kind = type.path("type").asString("string");
            switch (hostility) {
                case NULLS -> body.putNull(property.getKey());
                case WRONG_TYPES -> {
                    switch (kind) {
                        case "string" -> body.put(property.getKey(), 12345);
                        case "integer", "number" -> body.put(property.getKey(), "NaN");
                        case "boolean" -> body.put(property.getKey(), "yes");
                        case "array" -> body.putObject(property.getKey()).put("a", 1);
                        default -> body.putArray(property.getKey()).add(1);
                    }
                }
                case EXTREME_VALUES -> {
                    switch (kind) {
                        case "string" ->
                            body.put(
                                    property.getKey(),
                                    type.has("enum")
                                            ? "NOT_ONE_OF_THEM"
                                            : "\u0000\u202e<script>\uD835\uDD4F" + "é".repeat(20_000));
                        case "integer", "number" ->
                            body.put(property.getKey(), new java.math.BigInteger("9223372036854775807999"));
                        case "boolean" -> body.put(property.getKey(), true);
                        case "array" -> {
                            var array = body.putArray(property.getKey());
                            for (int i = 0; i < 10_000; i++) {
                                array.add("\u0000");
                            }
                        }
                        default -> body.putObject(property.getKey()).put("\u0000", "\u0000");
                    }
                }
            }
        }
        return body;
    }

    private static JsonNode requestSchema(JsonNode document, JsonNode operation) {
        var content = operation.path("requestBody").path("content");
        Iterator<JsonNode> types = content.values().iterator();
        return types.hasNext() ? resolve(document, types.next().path("schema")) : null;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
