package org.civiclimate.assembly.recommendations.domain;

/** The ballots of a vote, counted. */
public record Tally(int votesFor, int votesAgainst, int abstentions) {

    public Tally {
        if (votesFor < 0 || votesAgainst < 0 || abstentions < 0) {
            throw new IllegalArgumentException("A tally counts no negative ballots");
        }
    }

    /** The votes cast: for and against, the base of the adoption threshold. */
    public int cast() {
        return votesFor + votesAgainst;
    }

    /** Every ballot, abstentions included: what the quorum counts. */
    public int ballots() {
        return cast() + abstentions;
    }
}
