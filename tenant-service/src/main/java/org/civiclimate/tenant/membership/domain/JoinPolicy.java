package org.civiclimate.tenant.membership.domain;

/** How citizens join a commune's space. */
public enum JoinPolicy {
    /** Any signed-in user may join. */
    OPEN,
    /** Only with the invitation code the commune's admins share. */
    INVITATION_CODE
}
