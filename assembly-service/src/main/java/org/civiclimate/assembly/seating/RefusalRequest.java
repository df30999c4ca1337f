package org.civiclimate.assembly.seating;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A refusal by the offer's emailed link: the key the link carries. */
record RefusalRequest(@Nullable @Size(max = 100) String key) {}
