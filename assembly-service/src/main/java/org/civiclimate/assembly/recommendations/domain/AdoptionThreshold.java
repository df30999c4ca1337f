package org.civiclimate.assembly.recommendations.domain;

/**
 * The share of the votes cast (for and against; abstentions are not cast) a recommendation needs to be adopted, in
 * integers so that a tie or an exact two thirds is decided exactly.
 */
public enum AdoptionThreshold {
    /** More for than against. */
    SIMPLE_MAJORITY(1, 2, false),
    /** At least two thirds for. */
    TWO_THIRDS(2, 3, true),
    /** At least 80% for: the consensus-style rule of some permanent councils. */
    CONSENSUS_80(4, 5, true);

    private final int numerator;
    private final int denominator;
    private final boolean reachedAtExactShare;

    AdoptionThreshold(int numerator, int denominator, boolean reachedAtExactShare) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.reachedAtExactShare = reachedAtExactShare;
    }

    /** Whether {@code votesFor} out of {@code votesCast} reach the threshold; nothing cast adopts nothing. */
    public boolean isReachedBy(int votesFor, int votesCast) {
        if (votesCast <= 0) {
            return false;
        }
        long share = (long) votesFor * denominator;
        long needed = (long) votesCast * numerator;
        return reachedAtExactShare ? share >= needed : share > needed;
    }
}
