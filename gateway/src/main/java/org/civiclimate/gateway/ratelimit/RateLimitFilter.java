package org.civiclimate.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.platform.web.Problems;
import org.civiclimate.platform.web.ReactiveProblemResponses;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Counts every routed API request against the caller's and the commune's limits; answers 429 past either. */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private static final Pattern COMMUNE = Pattern.compile("^/api/(?:public/)?communes/([^/]+).*");

    private final RateCounterRepository counters;
    private final RateLimitProperties limits;
    private final Clock clock;

    RateLimitFilter(RateCounterRepository counters, RateLimitProperties limits) {
        this.counters = counters;
        this.limits = limits;
        this.clock = Clock.systemUTC();
    }

    private record Limit(String key, int allowed) {}

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!limits.enabled() || !path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(Principal::getName)
                .map(user -> new Limit("user:" + user, limits.perUser()))
                .defaultIfEmpty(new Limit("client:" + clientAddress(exchange), limits.perAnonymousClient()))
                .flatMap(caller -> {
                    var applicable = new ArrayList<>(List.of(caller));
                    var commune = COMMUNE.matcher(path);
                    if (commune.matches()) {
                        applicable.add(new Limit("commune:" + commune.group(1), limits.perCommune()));
                    }
                    Instant now = clock.instant();
                    var window = RateWindow.containing(now, limits.window());
                    // JDBC blocks: keep it off the event loop.
                    return Mono.fromCallable(() -> exceeds(applicable, window))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMap(exceeded ->
                                    exceeded ? tooMany(exchange, window.secondsLeft(now)) : chain.filter(exchange));
                });
    }

    private boolean exceeds(List<Limit> applicable, RateWindow window) {
        var counts = counters.hit(applicable.stream().map(Limit::key).toList(), window);
        return applicable.stream().anyMatch(limit -> counts.getOrDefault(limit.key(), 0) > limit.allowed());
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange, long retryAfterSeconds) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return ReactiveProblemResponses.write(
                exchange,
                Problems.of(ProblemTypes.RATE_LIMITED, "Too many requests; try again in " + retryAfterSeconds + " s"));
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }

    /** After routing and security, before the request is proxied. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
