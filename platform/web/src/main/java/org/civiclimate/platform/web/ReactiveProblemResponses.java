package org.civiclimate.platform.web;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem document straight to a reactive response, for filters that answer before WebFlux routes. */
public final class ReactiveProblemResponses {

    private ReactiveProblemResponses() {}

    public static Mono<Void> write(ServerHttpResponse response, ProblemDetail problem) {
        response.setRawStatusCode(problem.getStatus());
        response.getHeaders().setContentType(Problems.MEDIA_TYPE);
        DataBuffer body = response.bufferFactory().wrap(JsonMapper.shared().writeValueAsBytes(Problems.asMap(problem)));
        return response.writeWith(Mono.just(body));
    }
}
