package org.civiclimate.assembly.sessions.domain;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A session as an iCalendar file (RFC 5545) that members import into their calendar. Times are written in UTC, which
 * every calendar reads without a time-zone definition; the UID stays the session's, so that importing a changed
 * session again updates it, and the sequence says which version is newer.
 */
public record CalendarEvent(
        UUID id,
        String title,
        Instant start,
        Instant end,
        @Nullable String place,
        @Nullable URI link,
        String description,
        boolean cancelled,
        int sequence,
        Instant stamp) {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** RFC 5545 §3.1: lines longer than 75 octets are folded. */
    private static final int LINE_OCTETS = 75;

    public String toICalendar() {
        var ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Civiclimate//Assembly sessions//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + id + "@civiclimate.org");
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(start));
        line(ics, "DTEND:" + UTC.format(end));
        line(ics, "SEQUENCE:" + sequence);
        line(ics, "SUMMARY:" + text(title));
        if (place != null) {
            line(ics, "LOCATION:" + text(place));
        }
        if (link != null) {
            line(ics, "URL:" + link);
        }
        if (!description.isEmpty()) {
            line(ics, "DESCRIPTION:" + text(description));
        }
        line(ics, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A TEXT value (§3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** One content line, folded at 75 octets without splitting a UTF-8 character, ended by CRLF. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size =
                    new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                ics.append("\r\n ");
                // The folding space counts towards the next line's octets.
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
