package org.civiclimate.assembly.recommendations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VotingRuleTest {

    private static VotingRule rule(int quorum, AdoptionThreshold threshold) {
        return new VotingRule(Secrecy.NAMED, quorum, threshold, 3);
    }

    @Test
    void theQuorumCountsAbstentionsAndRoundsUp() {
        var half = rule(50, AdoptionThreshold.SIMPLE_MAJORITY);
        assertThat(half.quorumOf(25)).isEqualTo(13);
        assertThat(half.decide(new Tally(6, 2, 4), 25).quorumMet()).isFalse();
        var met = half.decide(new Tally(6, 2, 5), 25);
        assertThat(met.quorumMet()).isTrue();
        assertThat(met.adopted()).isTrue();
        assertThat(met.quorumNeeded()).isEqualTo(13);
    }

    @Test
    void aSimpleMajorityNeedsMoreForThanAgainstAndATieFails() {
        var majority = rule(0, AdoptionThreshold.SIMPLE_MAJORITY);
        assertThat(majority.decide(new Tally(5, 5, 10), 30).adopted()).isFalse();
        assertThat(majority.decide(new Tally(6, 5, 0), 30).adopted()).isTrue();
    }

    @Test
    void twoThirdsAndEightyPercentAreReachedAtTheirExactShare() {
        var twoThirds = rule(0, AdoptionThreshold.TWO_THIRDS);
        assertThat(twoThirds.decide(new Tally(20, 10, 3), 40).adopted()).isTrue();
        assertThat(twoThirds.decide(new Tally(19, 10, 3), 40).adopted()).isFalse();
        var consensus = rule(0, AdoptionThreshold.CONSENSUS_80);
        assertThat(consensus.decide(new Tally(24, 6, 0), 40).adopted()).isTrue();
        assertThat(consensus.decide(new Tally(23, 6, 0), 40).adopted()).isFalse();
    }

    @Test
    void nothingCastAdoptsNothingEvenWithoutAQuorum() {
        var none = rule(0, AdoptionThreshold.SIMPLE_MAJORITY);
        assertThat(none.decide(new Tally(0, 0, 0), 10).quorumMet()).isFalse();
        assertThat(none.decide(new Tally(0, 0, 3), 10).adopted()).isFalse();
    }

    @Test
    void theAnswerIsDueMonthsAfterAdoptionAndOverdueTheDayAfter() {
        var due = rule(50, AdoptionThreshold.SIMPLE_MAJORITY).responseDueOn(LocalDate.of(2026, 11, 30));
        assertThat(due).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ResponseDeadline.isOverdue(due, null, due)).isFalse();
        assertThat(ResponseDeadline.isOverdue(due, null, due.plusDays(1))).isTrue();
        assertThat(ResponseDeadline.isOverdue(due, due.plusDays(1), due.plusDays(5)))
                .isFalse();
        assertThat(ResponseDeadline.wasAnsweredLate(due, due.plusDays(1))).isTrue();
        assertThat(ResponseDeadline.wasAnsweredLate(due, due)).isFalse();
    }
}
