package org.civiclimate.gateway.ratelimit;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Drops counters of windows long gone. Harmless when several replicas run it at once. */
@Component
class RateWindowPurge {

    private static final Logger log = LoggerFactory.getLogger(RateWindowPurge.class);

    private final RateCounterRepository counters;
    private final RateLimitProperties limits;

    RateWindowPurge(RateCounterRepository counters, RateLimitProperties limits) {
        this.counters = counters;
        this.limits = limits;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void purge() {
        int purged = counters.purgeBefore(Instant.now().minus(limits.window().multipliedBy(2)));
        log.debug("Purged {} rate-limit counters", purged);
    }
}
