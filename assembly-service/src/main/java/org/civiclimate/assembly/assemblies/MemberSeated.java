package org.civiclimate.assembly.assemblies;

import java.time.LocalDate;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.domain.ChosenBy;
import org.civiclimate.platform.events.CloudEventType;
import org.jspecify.annotations.Nullable;

/** A person was seated: the mandate, its seat and term, how they were chosen and, if drawn, by which draw. */
@CloudEventType("member.seated")
record MemberSeated(
        UUID communeId,
        UUID assemblyId,
        UUID mandateId,
        String userId,
        int seat,
        LocalDate startsOn,
        LocalDate endsOn,
        ChosenBy chosenBy,
        @Nullable UUID drawId) {}
