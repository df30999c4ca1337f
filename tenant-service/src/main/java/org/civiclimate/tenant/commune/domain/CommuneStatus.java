package org.civiclimate.tenant.commune.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a commune stands on the platform, and where it may go next: requested communes await an operator's approval
 * (when the platform asks for it), are provisioned in every service, become active, may fail (and be retried), and
 * active communes may be suspended (read-only) and reinstated. An operator may reject a request that awaits approval
 * (e.g. the official code of another commune): its slug and code are free again, and nothing more happens to it.
 */
public enum CommuneStatus {
    AWAITING_APPROVAL,
    PROVISIONING,
    ACTIVE,
    FAILED,
    SUSPENDED,
    REJECTED;

    public Set<CommuneStatus> next() {
        return switch (this) {
            case AWAITING_APPROVAL -> EnumSet.of(PROVISIONING, REJECTED);
            case PROVISIONING -> EnumSet.of(ACTIVE, FAILED);
            case FAILED -> EnumSet.of(PROVISIONING);
            case ACTIVE -> EnumSet.of(SUSPENDED);
            case SUSPENDED -> EnumSet.of(ACTIVE);
            case REJECTED -> EnumSet.noneOf(CommuneStatus.class);
        };
    }

    public boolean canBecome(CommuneStatus status) {
        return next().contains(status);
    }

    /** Nobody may change anything in a suspended commune; a commune being set up is not open either. */
    public boolean readOnly() {
        return this != ACTIVE;
    }

    /** A request still on its way: it counts against its requester's open requests. */
    public boolean open() {
        return this == AWAITING_APPROVAL || this == PROVISIONING;
    }

    /** Whether the commune's administrators hold their powers: only once the commune has been set up. */
    public boolean administered() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
