package org.civiclimate.assembly.minutes;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The draft's text, against the version it edits (0 for the first draft): two editors cannot both win unseen. */
record MinutesRequest(
        @NotBlank @Size(max = 100000) String text,
        @NotNull @Min(0) Integer editing) {}
