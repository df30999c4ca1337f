package org.civiclimate.assembly.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalendarEventTest {

    private static final UUID ID = UUID.fromString("0b6f4a52-6d1e-4c5b-9c43-1f3e2a7d9e10");

    private static CalendarEvent event(String title, String description, boolean cancelled) {
        return new CalendarEvent(
                ID,
                title,
                Instant.parse("2027-01-15T18:00:00Z"),
                Instant.parse("2027-01-15T21:00:00Z"),
                "Salle du conseil, 1er étage",
                URI.create("https://meet.example.org/abc"),
                description,
                cancelled,
                0,
                Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void writesTheEventInUtcWithCrlfLines() {
        String ics = event("Séance", "", false).toICalendar();

        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("UID:" + ID + "@civiclimate.org\r\n")
                .contains("DTSTART:20270115T180000Z\r\nDTEND:20270115T210000Z\r\n")
                .contains("LOCATION:Salle du conseil\\, 1er étage\r\n")
                .contains("URL:https://meet.example.org/abc\r\n")
                .contains("STATUS:CONFIRMED\r\n")
                .doesNotContain("DESCRIPTION")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void escapesTextSoThatATitleCannotAddProperties() {
        String ics = event("Vote; budget\r\nATTENDEE:mailto:x@evil.example", "a\\b", true)
                .toICalendar();

        assertThat(ics)
                .contains("SUMMARY:Vote\\; budget\\nATTENDEE:mailto:x@evil.example\r\n")
                .contains("DESCRIPTION:a\\\\b\r\n")
                .contains("STATUS:CANCELLED\r\n")
                .doesNotContain("\r\nATTENDEE");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
        String ics = event("é".repeat(100), "", false).toICalendar();

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + "é".repeat(100) + "\r\n");
    }
}
