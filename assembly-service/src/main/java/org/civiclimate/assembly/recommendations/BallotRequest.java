package org.civiclimate.assembly.recommendations;

import jakarta.validation.constraints.NotNull;
import org.civiclimate.assembly.recommendations.domain.Choice;

/** A member's ballot: cast once, never changed. */
record BallotRequest(@NotNull Choice choice) {}
