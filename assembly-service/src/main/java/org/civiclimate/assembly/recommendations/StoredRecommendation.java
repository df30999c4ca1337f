package org.civiclimate.assembly.recommendations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.AdoptionThreshold;
import org.civiclimate.assembly.recommendations.domain.RecommendationStatus;
import org.civiclimate.assembly.recommendations.domain.Secrecy;
import org.civiclimate.assembly.recommendations.domain.VoteResult;
import org.civiclimate.assembly.recommendations.domain.VotingRule;
import org.jspecify.annotations.Nullable;

/** A recommendation as stored: its current text, and its vote once opened (the rule frozen, the result once closed). */
record StoredRecommendation(
        UUID id,
        UUID assemblyId,
        String topic,
        int version,
        String title,
        String body,
        RecommendationStatus status,
        String createdBy,
        OffsetDateTime createdAt,
        @Nullable Vote vote,
        @Nullable LocalDate responseDueOn) {

    /** The vote: opened at a session under a frozen rule; closed with its result. */
    record Vote(
            UUID sessionId,
            OffsetDateTime openedAt,
            Secrecy secrecy,
            int quorumPercent,
            AdoptionThreshold threshold,
            @Nullable VoteResult result,
            @Nullable OffsetDateTime closedAt) {

        /** The rule the vote opened with (the answer's delay is the assembly's when it closes). */
        VotingRule rule(int responseMonths) {
            return new VotingRule(secrecy, quorumPercent, threshold, responseMonths);
        }
    }
}
