package org.civiclimate.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;

/** A fixed window of time: the one an instant falls in, and how long until the next one starts. */
record RateWindow(Instant start, Duration length) {

    static RateWindow containing(Instant instant, Duration length) {
        long size = length.toMillis();
        return new RateWindow(Instant.ofEpochMilli(instant.toEpochMilli() / size * size), length);
    }

    /** Whole seconds until the window ends, at least 1: the value of {@code Retry-After}. */
    long secondsLeft(Instant now) {
        long millis = Duration.between(now, start.plus(length)).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
