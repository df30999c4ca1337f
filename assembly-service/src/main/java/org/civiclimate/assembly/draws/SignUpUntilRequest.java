package org.civiclimate.assembly.draws;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** A new closing time for a draw's public sign-up (a late print run, a postal strike), within the coming year. */
record SignUpUntilRequest(@NotNull OffsetDateTime signUpUntil) {}
