package org.civiclimate.assembly.sessions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civiclimate.platform.web.TextRules;
import org.jspecify.annotations.Nullable;

/** An expert or stakeholder invited to a session: no account, only how the agenda names them. */
record Guest(
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String name,

        @Nullable @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String organisation,

        @Nullable @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String role) {}
