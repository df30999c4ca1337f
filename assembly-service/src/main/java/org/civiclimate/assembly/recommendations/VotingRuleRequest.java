package org.civiclimate.assembly.recommendations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.civiclimate.assembly.recommendations.domain.AdoptionThreshold;
import org.civiclimate.assembly.recommendations.domain.Secrecy;

/** How the assembly votes from now on; votes already open keep the rule they opened with. */
record VotingRuleRequest(
        @NotNull Secrecy secrecy,
        @NotNull @Min(0) @Max(100) Integer quorumPercent,
        @NotNull AdoptionThreshold threshold,
        @NotNull @Min(1) @Max(24) Integer responseMonths) {}
