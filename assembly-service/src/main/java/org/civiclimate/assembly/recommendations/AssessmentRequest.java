package org.civiclimate.assembly.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.Verdict;

/** The assembly's assessment at a follow-up review session; recorded again at the same session, it replaces it. */
record AssessmentRequest(
        @NotNull UUID sessionId,
        @NotNull Verdict verdict,
        @NotBlank @Size(max = 2000) String comment) {}
