package org.civiclimate.platform.web;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem document straight to a reactive response, for filters that answer before WebFlux routes. */
public final class ReactiveProblemResponses {

    private ReactiveProblemResponses() {}

    /** Writes the problem, naming the exchange's request id so that the caller can quote it. */
    public static Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        Object requestId = exchange.getAttribute(ReactiveRequestIdFilter.ATTRIBUTE);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        ServerHttpResponse response = exchange.getResponse();
        response.setRawStatusCode(problem.getStatus());
        response.getHeaders().setContentType(Problems.MEDIA_TYPE);
        DataBuffer body = response.bufferFactory().wrap(JsonMapper.shared().writeValueAsBytes(Problems.asMap(problem)));
        return response.writeWith(Mono.just(body));
    }
}
