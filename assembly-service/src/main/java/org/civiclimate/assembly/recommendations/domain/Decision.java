package org.civiclimate.assembly.recommendations.domain;

/** The commune's answer to an adopted recommendation. Anything short of accepting it whole must be justified. */
public enum Decision {
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    REJECTED;

    public boolean needsJustification() {
        return this != ACCEPTED;
    }

    /** Whether the commune follows it up: what it accepted, in whole or in part. */
    public boolean isFollowedUp() {
        return this != REJECTED;
    }
}
