package org.civiclimate.assembly.recommendations.domain;

/** Where the commune's work on an answered recommendation stands; done means 100% progress. */
public enum FollowUpStatus {
    PLANNED,
    IN_PROGRESS,
    STALLED,
    DONE
}
