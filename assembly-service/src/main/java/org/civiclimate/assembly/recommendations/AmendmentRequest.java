package org.civiclimate.assembly.recommendations;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An amendment: the text proposed instead of the version it amends, and why. */
record AmendmentRequest(
        @NotBlank @Size(max = 20000) String body,
        @NotBlank @Size(max = 2000) String rationale,
        @NotNull @Min(1) Integer onVersion) {}
