package org.civiclimate.gateway.edge;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.ReactiveHealthEndpointWebExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Liveness and readiness on the public port, status only. The actuator itself (metrics, the detailed health, info)
 * answers on the management port, which only the cluster reaches; Boot's own additional paths could not keep these
 * URLs, as they take a single segment ({@code /livez}).
 */
@Configuration(proxyBeanMethods = false)
class PublicProbes {

    @Bean
    RouterFunction<ServerResponse> livenessAndReadiness(ReactiveHealthEndpointWebExtension health) {
        return route(GET("/actuator/health/liveness"), _ -> probe(health, "liveness"))
                .andRoute(GET("/actuator/health/readiness"), _ -> probe(health, "readiness"));
    }

    private static Mono<ServerResponse> probe(ReactiveHealthEndpointWebExtension health, String group) {
        return health.health(ApiVersion.LATEST, WebServerNamespace.SERVER, SecurityContext.NONE, group)
                .flatMap(result -> ServerResponse.status(result.getStatus())
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of(
                                "status",
                                result.getBody() == null
                                        ? "UNKNOWN"
                                        : result.getBody().getStatus().getCode())));
    }
}
