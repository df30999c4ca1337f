package org.civiclimate.assembly.assemblies.domain;

import java.time.ZoneId;
import java.util.Map;

/** The time zone a commune's dates are read in ("today", the end of a mandate), from its country. */
public final class CommuneTime {

    private static final Map<String, ZoneId> BY_COUNTRY = Map.of(
            "BE", ZoneId.of("Europe/Brussels"),
            "FR", ZoneId.of("Europe/Paris"),
            "LU", ZoneId.of("Europe/Luxembourg"),
            "DE", ZoneId.of("Europe/Berlin"),
            "NL", ZoneId.of("Europe/Amsterdam"),
            "CH", ZoneId.of("Europe/Zurich"));

    private CommuneTime() {}

    public static ZoneId zoneOf(String country) {
        return BY_COUNTRY.getOrDefault(country, ZoneId.of("Europe/Brussels"));
    }
}
