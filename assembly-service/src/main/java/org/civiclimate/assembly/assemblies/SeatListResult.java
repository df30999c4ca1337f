package org.civiclimate.assembly.assemblies;

import java.util.List;
import org.civiclimate.assembly.assemblies.domain.Mandate;

/** What an imported list did: the mandates it started, and how many of its rows were seated already as they say. */
record SeatListResult(int seated, int unchanged, List<Mandate> mandates) {}
