package org.civiclimate.assembly.recommendations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civiclimate.assembly.recommendations.domain.Decision;
import org.jspecify.annotations.Nullable;

/** The commune's answer to an adopted recommendation; the justification is required unless it is accepted whole. */
record AnswerRequest(
        @NotNull Decision decision,
        @Nullable @Size(max = 10000) String justification) {}
