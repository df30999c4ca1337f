package org.civiclimate.assembly.assemblies;

import java.time.LocalDate;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.domain.ChosenBy;
import org.civiclimate.platform.events.CloudEventType;

/** A member left their seat before the end of their term: the seat is vacant from {@code withdrawnOn}. */
@CloudEventType("member.withdrawn")
record MemberWithdrawn(
        UUID communeId,
        UUID assemblyId,
        UUID mandateId,
        String userId,
        int seat,
        LocalDate withdrawnOn,
        ChosenBy chosenBy) {}
