package org.civiclimate.assembly.sessions.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a session takes place. Staff type local times, as the commune's clocks show them; the session is stored as
 * instants so that members elsewhere and calendar files read the same moment.
 */
public final class SessionTimes {

    /** The longest session: a residential weekend is two sessions. */
    public static final Duration LONGEST = Duration.ofHours(14);

    /** Half-days a session may last: attendance and allowances count in them (Paris pays €44 per half-day). */
    public static final int MAX_HALF_DAYS = 4;

    private static final Duration HALF_DAY = Duration.ofHours(5);

    private SessionTimes() {}

    /**
     * The instant a local time names in the zone; empty for a time the clocks skip (the spring change: 02:30 does not
     * exist in Brussels on its night). An ambiguous autumn time takes the earlier offset, the one the clocks show
     * first.
     */
    public static Optional<OffsetDateTime> at(LocalDateTime local, ZoneId zone) {
        var zoned = local.atZone(zone);
        if (!zoned.toLocalDateTime().equals(local)) {
            return Optional.empty();
        }
        return Optional.of(zoned.toOffsetDateTime());
    }

    /** The half-days a session of this length counts for when staff do not say: up to 5 hours is one. */
    public static int halfDaysOf(Duration length) {
        long halves = (length.toMinutes() + HALF_DAY.toMinutes() - 1) / HALF_DAY.toMinutes();
        return (int) Math.clamp(halves, 1, MAX_HALF_DAYS);
    }
}
