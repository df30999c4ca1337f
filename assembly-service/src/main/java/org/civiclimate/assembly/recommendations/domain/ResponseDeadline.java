package org.civiclimate.assembly.recommendations.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** When the commune's answer to an adopted recommendation is overdue: unanswered once its due day has passed. */
public final class ResponseDeadline {

    private ResponseDeadline() {}

    /** Overdue on {@code today} (the commune's day): no answer yet, and the due day is over. */
    public static boolean isOverdue(LocalDate dueOn, @Nullable LocalDate answeredOn, LocalDate today) {
        return answeredOn == null && today.isAfter(dueOn);
    }

    /** Answered after the due day: shown so, for good, once answered. */
    public static boolean wasAnsweredLate(LocalDate dueOn, @Nullable LocalDate answeredOn) {
        return answeredOn != null && answeredOn.isAfter(dueOn);
    }
}
