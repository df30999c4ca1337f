package org.civiclimate.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    @Test
    void startsWindowsOnTheirBoundary() {
        var window = RateWindow.containing(Instant.parse("2026-11-23T10:15:42.500Z"), Duration.ofMinutes(1));

        assertThat(window.start()).isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
    }

    @Test
    void saysHowManyWholeSecondsAreLeftAndNeverZero() {
        var window = RateWindow.containing(Instant.parse("2026-11-23T10:15:42.500Z"), Duration.ofMinutes(1));

        assertThat(window.secondsLeft(Instant.parse("2026-11-23T10:15:42.500Z")))
                .isEqualTo(18);
        assertThat(window.secondsLeft(Instant.parse("2026-11-23T10:15:59.999Z")))
                .isEqualTo(1);
    }
}
