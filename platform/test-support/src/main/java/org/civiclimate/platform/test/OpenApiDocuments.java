package org.civiclimate.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API documents committed under {@code docs/api/<service>.openapi.json}, which the web app generates its types
 * from: a service's test compares the document it serves with the committed one, and rewrites the file when run with
 * {@code -Dopenapi.update=true}. Written pretty-printed with keys in alphabetical order, so a diff shows only what
 * changed.
 */
public final class OpenApiDocuments {

    /** The system property that rewrites the committed documents instead of comparing them. */
    public static final String UPDATE = "openapi.update";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private OpenApiDocuments() {}

    /**
     * Fails unless the service {@code client} reaches serves its committed document at {@code /v3/api-docs}; rewrites
     * the file when asked to.
     */
    public static void assertServesCommitted(String service, ApiClient client) {
        var document = client.get("/v3/api-docs");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertCommitted(service, document.body());
    }

    /** Fails unless {@code served} is the committed document of {@code service}; rewrites it when asked to. */
    public static void assertCommitted(String service, String served) {
        Path file = file(service);
        String document = normalised(served);
        if (Boolean.getBoolean(UPDATE)) {
            write(file, document);
            return;
        }
        String committed = Files.exists(file) ? read(file) : "";
        assertThat(committed)
                .as(
                        "The API document of %s differs from %s; if the change is meant, rewrite it with "
                                + "-D%s=true, then commit it (the web app's types are generated from it)",
                        service, file, UPDATE)
                .isEqualTo(document);
    }

    static String normalised(String json) {
        return JSON.writeValueAsString(JSON.readValue(json, Object.class)) + "\n";
    }

    /** {@code docs/api/} of the repository, found from the module the test runs in. */
    static Path file(String service) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir.resolve("docs/api/" + service + ".openapi.json");
            }
        }
        throw new IllegalStateException(
                "No repository root (with mvnw and docs/) above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String document) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
