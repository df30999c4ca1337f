package org.civiclimate.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem document straight to a response, for filters that answer before Spring MVC or WebFlux run. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(Problems.MEDIA_TYPE.toString());
        response.getOutputStream().write(JsonMapper.shared().writeValueAsBytes(Problems.asMap(problem)));
    }

    public static Mono<Void> write(ServerHttpResponse response, ProblemDetail problem) {
        response.setRawStatusCode(problem.getStatus());
        response.getHeaders().setContentType(Problems.MEDIA_TYPE);
        DataBuffer body = response.bufferFactory().wrap(JsonMapper.shared().writeValueAsBytes(Problems.asMap(problem)));
        return response.writeWith(Mono.just(body));
    }
}
