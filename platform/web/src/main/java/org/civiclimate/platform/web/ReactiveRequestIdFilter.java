package org.civiclimate.platform.web;

import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Reactive side (the gateway): adopts or creates the request id, forwards it downstream in the request header, echoes
 * it, and writes the access-log line when the exchange completes.
 */
final class ReactiveRequestIdFilter implements WebFilter, Ordered {

    /** Exchange attribute holding the request id, for other filters of the same exchange. */
    public static final String ATTRIBUTE = RequestId.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = RequestId.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestId.HEADER));
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(h -> h.set(RequestId.HEADER, id))
                .build();
        ServerWebExchange withId = exchange.mutate().request(request).build();
        withId.getAttributes().put(ATTRIBUTE, id);
        withId.getResponse().getHeaders().set(RequestId.HEADER, id);
        long start = System.nanoTime();
        return chain.filter(withId).doFinally(_ -> {
            var status = withId.getResponse().getStatusCode();
            AccessLog.record(
                    request.getMethod().name(),
                    request.getPath().value(),
                    status == null ? 200 : status.value(),
                    Duration.ofNanos(System.nanoTime() - start),
                    id);
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
