package org.civiclimate.assembly.sessions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.civiclimate.assembly.sessions.domain.SessionKind;
import org.civiclimate.platform.web.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A session as staff plan it. Times are local, as the commune's clocks show them; {@code halfDays} defaults from the
 * length (up to 5 hours is one). A place, an online link (https) or both.
 */
record SessionRequest(
        @NotNull SessionKind kind,

        @NotBlank @Size(max = 160) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String title,

        @NotNull LocalDateTime startsAt,

        @NotNull LocalDateTime endsAt,

        @Nullable @Min(1) @Max(4) Integer halfDays,

        @Nullable @Size(max = 300) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String place,

        @Nullable @Size(max = 500) @Pattern(regexp = "https://[^\\s<>\"]+", message = "must be an https:// address")
        String onlineLink,

        @Nullable @Size(max = 30)
        List<
                        @NotBlank @Size(max = 200)
                        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE) String>
                agenda,

        @Nullable @Size(max = 30) List<@NotNull @Valid Guest> guests) {

    List<String> agendaItems() {
        return agenda == null ? List.of() : agenda.stream().map(String::strip).toList();
    }

    List<Guest> guestList() {
        return guests == null ? List.of() : guests;
    }
}
