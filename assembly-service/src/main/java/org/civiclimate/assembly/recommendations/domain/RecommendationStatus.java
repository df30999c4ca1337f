package org.civiclimate.assembly.recommendations.domain;

/** A recommendation's course: drafted and amended, put to a vote, then adopted or not (for good). */
public enum RecommendationStatus {
    DRAFT,
    IN_VOTE,
    ADOPTED,
    NOT_ADOPTED
}
