package org.civiclimate.assembly.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civiclimate.platform.web.TextRules;

/** A new recommendation on one of the assembly's topics. */
record DraftRequest(
        @NotBlank @Size(max = 80) String topic,

        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String title,

        @NotBlank @Size(max = 20000) String body) {}
