package org.civiclimate.assembly.assemblies;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.domain.AssemblyKind;
import org.civiclimate.assembly.assemblies.domain.RotationRule;

/** An assembly as the API shows it, with how many of its seats are filled. */
public record AssemblyView(
        UUID id,
        String name,
        AssemblyKind kind,
        int seats,
        int mandateMonths,
        int cohorts,
        LocalDate firstSittingOn,
        List<String> topics,
        Status status,
        int activeMandates,
        OffsetDateTime createdAt) {

    enum Status {
        ACTIVE,
        CLOSED
    }

    RotationRule rotation() {
        return new RotationRule(seats, mandateMonths, cohorts, firstSittingOn);
    }
}
