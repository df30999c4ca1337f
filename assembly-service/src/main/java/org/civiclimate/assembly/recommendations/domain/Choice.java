package org.civiclimate.assembly.recommendations.domain;

/** A member's ballot. An abstention counts towards the quorum, not among the votes cast. */
public enum Choice {
    FOR,
    AGAINST,
    ABSTAIN
}
