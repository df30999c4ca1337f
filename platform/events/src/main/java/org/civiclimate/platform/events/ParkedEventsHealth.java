package org.civiclimate.platform.events;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Tells how many events wait in {@link ParkedEvents}. Still UP with some waiting: the service serves, and restarting it
 * would not apply them; an operator must look (the count is also the gauge {@code civiclimate.events.parked}).
 */
class ParkedEventsHealth implements HealthIndicator {

    private final ParkedEvents parked;

    ParkedEventsHealth(ParkedEvents parked) {
        this.parked = parked;
    }

    @Override
    public Health health() {
        long waiting = parked.waiting();
        return Health.up()
                .withDetail("waiting", waiting)
                .withDetail("see", "/actuator/parkedevents")
                .build();
    }
}
