package org.civiclimate.assembly.assemblies.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/** What the next draw must fill: the seats vacant today and the renewals to come. */
public record RotationPlan(List<Integer> vacantSeats, List<RotationRule.Renewal> renewals) {

    /** How many renewals the plan looks ahead: two full turns of the assembly. */
    static int lookAhead(RotationRule rule) {
        return 2 * rule.cohorts();
    }

    public static RotationPlan of(RotationRule rule, Collection<Integer> occupiedSeats, LocalDate today) {
        var vacant = IntStream.rangeClosed(1, rule.seats())
                .filter(seat -> !occupiedSeats.contains(seat))
                .boxed()
                .toList();
        return new RotationPlan(vacant, rule.renewalsAfter(today, lookAhead(rule)));
    }
}
