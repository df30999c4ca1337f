package org.civiclimate.assembly.recommendations.domain;

import java.time.LocalDate;

/**
 * How an assembly decides: named or secret ballots, a quorum (the share of the seats held that must take part,
 * abstentions included), the adoption threshold over the votes cast, and the months the commune has to answer.
 */
public record VotingRule(Secrecy secrecy, int quorumPercent, AdoptionThreshold threshold, int responseMonths) {

    /** What an assembly that chose nothing follows: named votes, half the seats, simple majority, three months. */
    public static final VotingRule DEFAULT = new VotingRule(Secrecy.NAMED, 50, AdoptionThreshold.SIMPLE_MAJORITY, 3);

    public VotingRule {
        if (quorumPercent < 0 || quorumPercent > 100) {
            throw new IllegalArgumentException("A quorum is a share of 0 to 100%");
        }
        if (responseMonths < 1) {
            throw new IllegalArgumentException("The commune has at least a month to answer");
        }
    }

    /** The ballots needed out of {@code seated} seats held: the quorum's share, rounded up. */
    public int quorumOf(int seated) {
        return (int) Math.ceilDiv((long) seated * quorumPercent, 100L);
    }

    /** Decides a vote: adopted when the quorum is met and the votes cast reach the threshold. */
    public VoteResult decide(Tally tally, int seated) {
        int needed = quorumOf(seated);
        boolean quorumMet = tally.ballots() >= needed && tally.ballots() > 0;
        boolean adopted = quorumMet && threshold.isReachedBy(tally.votesFor(), tally.cast());
        return new VoteResult(tally, seated, needed, quorumMet, adopted);
    }

    /** The day the commune's answer to a recommendation adopted on {@code adoptedOn} is due. */
    public LocalDate responseDueOn(LocalDate adoptedOn) {
        return adoptedOn.plusMonths(responseMonths);
    }
}
