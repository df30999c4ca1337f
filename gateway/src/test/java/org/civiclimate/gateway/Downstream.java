package org.civiclimate.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Stands in for one of the platform's services behind the gateway (whose routing is under test, not the service): a
 * plain HTTP server that records what reached it and answers with the path it was asked for.
 */
final class Downstream implements AutoCloseable {

    record Received(String method, String path, String authorization, String requestId, int bodyBytes) {}

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();

    Downstream(String name) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            // A body the gateway cut off fails here, so the request is never recorded as received.
            int bodyBytes = exchange.getRequestBody().readAllBytes().length;
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")),
                    bodyBytes));
            byte[] body = ("{\"service\":\"" + name + "\",\"path\":\""
                            + exchange.getRequestURI().getPath() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Routes every service of the gateway to this one stand-in. */
    void standInForEveryService(DynamicPropertyRegistry registry) {
        registry.add("TENANT_SERVICE_URL", this::url);
        registry.add("ASSEMBLY_SERVICE_URL", this::url);
        registry.add("PLAN_SERVICE_URL", this::url);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
