package org.civiclimate.gateway.edge;

import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.platform.web.Problems;
import org.civiclimate.platform.web.ReactiveProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Refuses a request whose declared body is larger than allowed, with 413 problem+json, before anything reads it. */
@Component
class RequestSizeFilter implements WebFilter, Ordered {

    private final EdgeProperties properties;

    RequestSizeFilter(EdgeProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        long allowed = properties.maxRequestSize().toBytes();
        if (length > allowed) {
            return ReactiveProblemResponses.write(
                    exchange,
                    Problems.of(
                            ProblemTypes.PAYLOAD_TOO_LARGE,
                            "The request body has " + length + " bytes; at most " + allowed + " are accepted"));
        }
        return chain.filter(exchange);
    }

    /** Right after the request id, before security. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
