package org.civiclimate.assembly.recommendations;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Opens the vote on a draft at a vote session of the assembly, under way. */
record VoteRequest(@NotNull UUID sessionId) {}
