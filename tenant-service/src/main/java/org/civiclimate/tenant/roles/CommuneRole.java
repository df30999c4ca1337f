package org.civiclimate.tenant.roles;

/**
 * A role in a commune. Admins run the commune's space, facilitators run the assembly's sessions, citizens joined its
 * space, members sit in its assembly (granted by seating, a later feature).
 */
public enum CommuneRole {
    ADMIN,
    FACILITATOR,
    CITIZEN,
    MEMBER;

    /** The roles an admin grants and revokes by hand; the others follow joining and seating. */
    public boolean grantedByAdmins() {
        return this == ADMIN || this == FACILITATOR;
    }
}
