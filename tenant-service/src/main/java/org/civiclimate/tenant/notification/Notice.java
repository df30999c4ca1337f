package org.civiclimate.tenant.notification;

import java.util.UUID;

/**
 * What a person is mailed at most once ({@link NoticeService}), whatever event tells of it and however often: a
 * convocation to a session, a change of it, or a notice about an adopted recommendation.
 */
sealed interface Notice {

    /** The convocation to a session of an assembly ({@code session.convened}). */
    record Convocation(UUID sessionId) implements Notice {}

    /** A change of a session one was convened to, or its cancellation ({@code session.changed}), by the change's id. */
    record SessionChange(UUID sessionId, UUID changeId, boolean cancelled) implements Notice {}

    /**
     * A notice about an adopted recommendation: its kind, and its key among the notices of that kind about it (the
     * one answer, each follow-up, the one lateness).
     */
    record AboutRecommendation(UUID recommendationId, Kind kind, String key) implements Notice {

        enum Kind {
            /** The commune answered it ({@code response.published}). */
            ANSWER,
            /** A step of its follow-up ({@code follow-up.updated}), keyed by the follow-up's id. */
            FOLLOW_UP,
            /** Its answer is overdue ({@code response.overdue}). */
            OVERDUE
        }

        static AboutRecommendation answer(UUID recommendationId) {
            return new AboutRecommendation(recommendationId, Kind.ANSWER, "answer");
        }

        static AboutRecommendation followUp(UUID recommendationId, UUID followUpId) {
            return new AboutRecommendation(recommendationId, Kind.FOLLOW_UP, followUpId.toString());
        }

        static AboutRecommendation overdue(UUID recommendationId) {
            return new AboutRecommendation(recommendationId, Kind.OVERDUE, "overdue");
        }
    }
}
