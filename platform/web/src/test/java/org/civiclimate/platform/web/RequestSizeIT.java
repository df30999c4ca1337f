package org.civiclimate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The body limit of every service, on a real Tomcat, with bodies streamed without a declared length (chunked). */
@SpringBootTest(classes = RequestSizeIT.Service.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestSizeIT {

    /** A service of the platform reduced to what the web library gives it, and a resource that reads bodies. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(UploadResource.class)
    static class Service {}

    @RestController
    static class UploadResource {

        static final AtomicInteger ANSWERED = new AtomicInteger();

        /** Read by a message converter, as every resource of the services reads its body. */
        @PostMapping("/api/notes")
        Map<String, Integer> note(@RequestBody Map<String, String> note) {
            ANSWERED.incrementAndGet();
            return Map.of("length", note.getOrDefault("text", "").length());
        }

        /** An upload path, with its own larger limit. */
        @PutMapping("/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/register")
        Map<String, Integer> register(HttpServletRequest request) throws IOException {
            int length = request.getInputStream().readAllBytes().length;
            ANSWERED.incrementAndGet();
            return Map.of("length", length);
        }

        /** Read by hand: the failed read escapes as an IOException, which must not become a 500. */
        @PostMapping("/api/raw")
        Map<String, Integer> raw(HttpServletRequest request) throws IOException {
            int length = request.getInputStream().readAllBytes().length;
            ANSWERED.incrementAndGet();
            return Map.of("length", length);
        }
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void refusesAStreamedBodyPastTheLimitWithAProblemBeforeTheResourceAnswers() throws Exception {
        int before = UploadResource.ANSWERED.get();

        var refused = post("/api/notes", streamed(jsonNote(5 * MB)));

        assertTooLarge(refused);
        assertThat(UploadResource.ANSWERED.get()).isEqualTo(before);
    }

    @Test
    void refusesAStreamedBodyReadByHandWithAProblemRatherThanAnError() throws Exception {
        int before = UploadResource.ANSWERED.get();

        var refused = post("/api/raw", streamed(jsonNote(5 * MB)));

        assertTooLarge(refused);
        assertThat(UploadResource.ANSWERED.get()).isEqualTo(before);
    }

    @Test
    void refusesADeclaredLengthPastTheLimitWithoutReadingTheBody() throws Exception {
        int before = UploadResource.ANSWERED.get();

        var refused = post(
                "/api/raw",
                HttpRequest.BodyPublishers.ofByteArray(jsonNote(2 * MB).readAllBytes()));

        assertTooLarge(refused);
        assertThat(UploadResource.ANSWERED.get()).isEqualTo(before);
    }

    @Test
    void acceptsAStreamedBodyWithinTheLimit() throws Exception {
        var accepted = post("/api/notes", streamed(jsonNote(MB / 2)));

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(accepted.body(), "$.length")).isEqualTo(MB / 2);
    }

    @Test
    void acceptsOnAnUploadPathWhatTheStandardLimitRefuses() throws Exception {
        var upload = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/api/communes/uccle/assembly/assemblies/a1/draws/d1/register"))
                        .header("Content-Type", "text/csv")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(
                                jsonNote(2 * MB).readAllBytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(upload.body(), "$.length")).isEqualTo(2 * MB + 11);
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sent chunked: an input stream has no length the client could declare. */
    private static HttpRequest.BodyPublisher streamed(InputStream body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> body);
    }

    /** {@code {"text":"xxx…"}} with {@code size} characters of text, generated as it is read. */
    private static InputStream jsonNote(int size) {
        return new SequenceInputStream(
                new SequenceInputStream(bytes("{\"text\":\""), new Repeated((byte) 'x', size)), bytes("\"}"));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((String) JsonPath.read(response.body(), "$.type")).endsWith("/payload-too-large");
        assertThat(response.headers().firstValue(RequestId.HEADER)).isPresent();
    }

    /** One byte, {@code count} times, without holding them in memory. */
    private static final class Repeated extends InputStream {

        private final byte value;
        private long left;

        Repeated(byte value, long count) {
            this.value = value;
            this.left = count;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, value);
            left -= n;
            return n;
        }
    }
}
