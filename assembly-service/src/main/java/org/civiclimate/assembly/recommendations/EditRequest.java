package org.civiclimate.assembly.recommendations;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civiclimate.platform.web.TextRules;

/** A new version of a draft's text, against the version it edits: two editors at once cannot both win unseen. */
record EditRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String title,

        @NotBlank @Size(max = 20000) String body,
        @NotNull @Min(1) Integer editing) {}
