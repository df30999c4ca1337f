package org.civiclimate.assembly.assemblies;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Seats the members of an imported list, all of them or none; a row already seated as it says changes nothing. */
record SeatListRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid SeatRequest> mandates) {}
