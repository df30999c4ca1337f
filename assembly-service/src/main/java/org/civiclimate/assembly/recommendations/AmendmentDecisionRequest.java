package org.civiclimate.assembly.recommendations;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The facilitators incorporate an amendment (its text becomes the next version) or decline it, with a note. */
record AmendmentDecisionRequest(
        @NotNull Boolean incorporate,
        @Nullable @Size(max = 1000) String note) {}
