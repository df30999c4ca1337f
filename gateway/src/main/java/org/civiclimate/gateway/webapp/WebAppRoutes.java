package org.civiclimate.gateway.webapp;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.util.List;
import java.util.Map;
import org.civiclimate.gateway.edge.EdgeProperties;
import org.civiclimate.gateway.edge.KeycloakUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** {@code /app-config.json} and the single-page app's fallback to {@code index.html}. */
@Configuration(proxyBeanMethods = false)
class WebAppRoutes {

    private static final ClassPathResource INDEX = new ClassPathResource("static/index.html");

    @Bean
    RouterFunction<ServerResponse> webApp(
            EdgeProperties edge,
            Environment environment,
            @Value("${civiclimate.gateway.web-client-id:civiclimate-web}") String clientId) {
        var config = Map.of(
                "keycloakUrl", KeycloakUrl.publicUrl(edge, environment),
                "realm", KeycloakUrl.realm(environment),
                "clientId", clientId);
        return RouterFunctions.route(
                        GET("/app-config.json"),
                        _ -> ServerResponse.ok()
                                .contentType(MediaType.APPLICATION_JSON)
                                .cacheControl(CacheControl.noCache())
                                .bodyValue(config))
                .andRoute(
                        GET("/**").and(pagePath()),
                        _ -> INDEX.exists()
                                ? ServerResponse.ok()
                                        .contentType(MediaType.TEXT_HTML)
                                        .cacheControl(CacheControl.noCache())
                                        .bodyValue(INDEX)
                                : ServerResponse.notFound().build());
    }

    /** What the gateway routes or serves otherwise: never a page of the app. */
    private static final List<String> NOT_PAGES =
            List.of("/api/", "/openapi/", "/actuator", "/v3/", "/swagger-ui", "/webjars/");

    /** A page of the app: none of the above, and not a file (no dot in its last segment). */
    private static RequestPredicate pagePath() {
        return request -> {
            String path = request.path();
            String last = path.substring(path.lastIndexOf('/') + 1);
            return NOT_PAGES.stream().noneMatch(path::startsWith) && !last.contains(".");
        };
    }
}
