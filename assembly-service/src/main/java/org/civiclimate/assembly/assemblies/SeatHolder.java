package org.civiclimate.assembly.assemblies;

import java.util.UUID;

/** Who holds a seat on a given day, as sessions and attendance see the assembly: convened, then recorded. */
public record SeatHolder(UUID mandateId, String userId, String name, int seat) {}
