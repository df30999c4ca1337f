package org.civiclimate.tenant.commune.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a commune stands on the platform, and where it may go next: requested communes await an operator's approval
 * (when the platform asks for it), are provisioned in every service, become active, may fail (and be retried), and
 * active communes may be suspended (read-only) and reinstated.
 */
public enum CommuneStatus {
    AWAITING_APPROVAL,
    PROVISIONING,
    ACTIVE,
    FAILED,
    SUSPENDED;

    public Set<CommuneStatus> next() {
        return switch (this) {
            case AWAITING_APPROVAL -> EnumSet.of(PROVISIONING);
            case PROVISIONING -> EnumSet.of(ACTIVE, FAILED);
            case FAILED -> EnumSet.of(PROVISIONING);
            case ACTIVE -> EnumSet.of(SUSPENDED);
            case SUSPENDED -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canBecome(CommuneStatus status) {
        return next().contains(status);
    }

    /** Nobody may change anything in a suspended commune; a commune being set up is not open either. */
    public boolean readOnly() {
        return this != ACTIVE;
    }
}
