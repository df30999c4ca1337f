package org.civiclimate.assembly.recommendations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.AdoptionThreshold;
import org.civiclimate.assembly.recommendations.domain.Choice;
import org.civiclimate.assembly.recommendations.domain.RecommendationStatus;
import org.civiclimate.assembly.recommendations.domain.Secrecy;
import org.civiclimate.assembly.recommendations.domain.VoteResult;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation with its history, as the commune's members see it: every version, the amendments, the vote (its
 * counts once closed; who voted, and how in a named vote, for staff only), the commune's answer and its follow-up.
 */
record RecommendationView(
        UUID id,
        UUID assemblyId,
        String topic,
        int version,
        String title,
        String body,
        RecommendationStatus status,
        OffsetDateTime createdAt,
        List<Version> versions,
        List<AmendmentView> amendments,
        @Nullable VoteView vote,
        @Nullable LocalDate responseDueOn,
        boolean overdue,
        @Nullable AnswerView answer,
        List<FollowUpView> followUps,
        List<AssessmentView> assessments) {

    /** One version of the text; a version that incorporated an amendment names it. */
    record Version(
            int version,
            String title,
            String body,
            @Nullable UUID amendmentId,
            OffsetDateTime changedAt) {}

    /**
     * The vote. While it is open only the number of ballots shows, so that nobody votes by the trend; the counts
     * come when it closes.
     *
     * @param youMayVote whether the caller is recorded present at the vote session and has not voted
     * @param yourChoice the caller's own ballot, in a named vote
     * @param voters who voted (and how, in a named vote), shown to staff only
     */
    record VoteView(
            UUID sessionId,
            OffsetDateTime openedAt,
            @Nullable OffsetDateTime closedAt,
            Secrecy secrecy,
            int quorumPercent,
            AdoptionThreshold threshold,
            int ballots,
            @Nullable VoteResult result,
            boolean youVoted,
            boolean youMayVote,
            @Nullable Choice yourChoice,
            List<Voter> voters) {}

    record Voter(String name, @Nullable Choice choice) {}
}
