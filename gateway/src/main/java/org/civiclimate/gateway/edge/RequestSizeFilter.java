package org.civiclimate.gateway.edge;

import java.util.concurrent.atomic.AtomicLong;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.platform.web.Problems;
import org.civiclimate.platform.web.ReactiveProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than allowed with 413 problem+json: at once when its declared length says so, and as
 * it streams through otherwise (chunked), failing the body past the limit so the service never gets all of it.
 */
@Component
class RequestSizeFilter implements WebFilter, Ordered {

    private final EdgeProperties properties;

    RequestSizeFilter(EdgeProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        long allowed = properties
                .bodyLimits()
                .allowedFor(exchange.getRequest().getPath().value());
        if (length > allowed) {
            return tooLarge(
                    exchange, "The request body has " + length + " bytes; at most " + allowed + " are accepted");
        }
        var limited = exchange.mutate().request(new Limited(exchange, allowed)).build();
        return chain.filter(limited)
                .onErrorResume(
                        e -> BodyTooLarge.isCauseOf(e)
                                && !exchange.getResponse().isCommitted(),
                        _ -> tooLarge(exchange, "The request body is longer than the " + allowed + " bytes accepted"));
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, String detail) {
        return ReactiveProblemResponses.write(exchange, Problems.of(ProblemTypes.PAYLOAD_TOO_LARGE, detail));
    }

    /** Right after the request id, before security. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    /** The request with a body that fails once more bytes went through than allowed. */
    private static final class Limited extends ServerHttpRequestDecorator {

        private final long allowed;

        Limited(ServerWebExchange exchange, long allowed) {
            super(exchange.getRequest());
            this.allowed = allowed;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            var seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > allowed) {
                    DataBufferUtils.release(buffer);
                    sink.error(new BodyTooLarge());
                } else {
                    sink.next(buffer);
                }
            });
        }
    }

    /** Ends a body past the limit; turned into 413 above, whoever was reading (the proxy, a codec). */
    private static final class BodyTooLarge extends RuntimeException {
        BodyTooLarge() {
            super("request body too large", null, false, false);
        }

        static boolean isCauseOf(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof BodyTooLarge) {
                    return true;
                }
            }
            return false;
        }
    }
}
