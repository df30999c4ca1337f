package org.civiclimate.assembly.sessions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civiclimate.assembly.sessions.domain.ConvocationResponse;
import org.jspecify.annotations.Nullable;

/** A convened member confirms or excuses themselves, with an optional word for the facilitators. */
record ResponseRequest(
        @NotNull ConvocationResponse response,
        @Nullable @Size(max = 500) String note) {}
