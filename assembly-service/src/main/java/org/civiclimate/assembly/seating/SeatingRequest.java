package org.civiclimate.assembly.seating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Offers a completed draw's panel its seats: the days each person (and each reserve called later) has to answer, and
 * the day the mandates start (today, or the assembly's first sitting, if none or earlier).
 */
record SeatingRequest(
        @NotNull @Min(1) @Max(60) Integer answerWithinDays,
        @Nullable LocalDate startsOn) {}
