package org.civiclimate.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Reactive side (the gateway): every error that reaches WebFlux (no route, no file, a failed downstream call) becomes
 * problem+json, ahead of Boot's default error handler; never a stack trace.
 */
@Order(-2)
final class ReactiveProblemHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ReactiveProblemHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        int status = failure instanceof ErrorResponse response
                ? response.getStatusCode().value()
                : 500;
        if (status >= 500) {
            log.error("Unexpected error on {}", exchange.getRequest().getPath(), failure);
        }
        ProblemType type = ProblemTypes.forStatus(status);
        ProblemDetail problem = Problems.of(type, type.title());
        problem.setStatus(status);
        return ReactiveProblemResponses.write(exchange, problem);
    }
}
