package org.civiclimate.assembly.recommendations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.AdoptionThreshold;
import org.civiclimate.assembly.recommendations.domain.VoteResult;
import org.jspecify.annotations.Nullable;

/**
 * An adopted recommendation as anyone sees it, signed out: the text adopted, the vote's counts (never who voted), the
 * commune's answer, its follow-up and the assembly's latest assessment. Members are not named.
 */
record PublicRecommendation(
        UUID id,
        String assembly,
        String topic,
        String title,
        String body,
        LocalDate adoptedOn,
        VoteResult result,
        AdoptionThreshold threshold,
        LocalDate responseDueOn,
        boolean overdue,
        @Nullable AnswerView answer,
        List<FollowUpView> followUps,
        @Nullable AssessmentView assessment) {}
