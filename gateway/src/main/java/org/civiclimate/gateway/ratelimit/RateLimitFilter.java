package org.civiclimate.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.platform.web.Problems;
import org.civiclimate.platform.web.ReactiveProblemResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Counts every routed API request against the caller's and the commune's limits; answers 429 past either. A commune's
 * members, signed-in strangers and anonymous callers have separate budgets for it, so that neither anonymous traffic
 * nor a crowd of fresh accounts can lock its members out.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private static final Pattern COMMUNE = Pattern.compile("^/api/(?:public/)?communes/([^/]+).*");

    private final RateCounterRepository counters;
    private final RateLimitProperties limits;
    private final ClientAddress clients;
    private final Clock clock;

    RateLimitFilter(RateCounterRepository counters, RateLimitProperties limits) {
        this.counters = counters;
        this.limits = limits;
        this.clients = new ClientAddress(limits.trustedProxies());
        this.clock = Clock.systemUTC();
    }

    private record Limit(String key, int allowed) {}

    /** Who is calling, and under which key their commune's budget is kept. */
    private record Caller(Limit limit, String communeKey, int communeAllowed) {}

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!limits.enabled() || !path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        var commune = COMMUNE.matcher(path);
        String slug = commune.matches() ? commune.group(1) : null;
        return exchange.getPrincipal()
                .map(principal -> signedIn(principal, slug))
                .switchIfEmpty(Mono.fromSupplier(() -> new Caller(
                        new Limit("client:" + clientAddress(exchange), limits.perAnonymousClient()),
                        "anonymous-commune:",
                        limits.perAnonymousCommune())))
                .flatMap(caller -> {
                    var shared = slug == null ? null : new Limit(caller.communeKey() + slug, caller.communeAllowed());
                    Instant now = clock.instant();
                    var window = RateWindow.containing(now, limits.window());
                    // JDBC blocks: keep it off the event loop.
                    return Mono.fromCallable(() -> exceeds(caller.limit(), shared, window))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMap(exceeded ->
                                    exceeded ? tooMany(exchange, window.secondsLeft(now)) : chain.filter(exchange));
                });
    }

    /**
     * A signed-in caller spends the commune's budget for its members only if the token names the commune among the
     * caller's organizations (or the caller is an operator); anyone else who signed in, however many accounts they
     * register, shares a budget for strangers to that commune.
     */
    private Caller signedIn(Principal principal, @Nullable String slug) {
        var user = new Limit("user:" + principal.getName(), limits.perUser());
        var caller = principal instanceof JwtAuthenticationToken token
                ? org.civiclimate.platform.security.Caller.of(token.getToken())
                : null;
        boolean member = caller != null
                && (caller.isOperator()
                        || (slug != null && caller.organizations().contains(slug)));
        return member
                ? new Caller(user, "commune:", limits.perCommune())
                : new Caller(user, "stranger-commune:", limits.perStrangerCommune());
    }

    /** Counts the request; a caller past its own limit is refused without spending the commune's budget. */
    private boolean exceeds(Limit caller, @Nullable Limit shared, RateWindow window) {
        var applicable = shared == null ? List.of(caller) : List.of(caller, shared);
        var counts = shared == null
                ? counters.hit(List.of(caller.key()), window)
                : counters.hit(caller.key(), caller.allowed(), shared.key(), window);
        return applicable.stream().anyMatch(limit -> counts.getOrDefault(limit.key(), 0) > limit.allowed());
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange, long retryAfterSeconds) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        return ReactiveProblemResponses.write(
                exchange,
                Problems.of(ProblemTypes.RATE_LIMITED, "Too many requests; try again in " + retryAfterSeconds + " s"));
    }

    private String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null
                ? null
                : remote.getAddress().getHostAddress();
        return clients.of(peer, exchange.getRequest().getHeaders().getOrEmpty("X-Forwarded-For"));
    }

    /** After routing and security, before the request is proxied. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
