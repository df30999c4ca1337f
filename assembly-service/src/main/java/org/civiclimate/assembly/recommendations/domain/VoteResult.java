package org.civiclimate.assembly.recommendations.domain;

/**
 * A closed vote's result.
 *
 * @param seated the seats held on the vote's day, the quorum's base
 * @param quorumNeeded the ballots the quorum asked for
 */
public record VoteResult(Tally tally, int seated, int quorumNeeded, boolean quorumMet, boolean adopted) {}
