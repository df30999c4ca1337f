package org.civiclimate.tenant.roles;

import java.util.Arrays;
import org.civiclimate.platform.web.FieldProblem;

/**
 * A role in a commune. Admins run the commune's space, facilitators run the assembly's sessions, citizens joined its
 * space, members sit in its assembly (granted and revoked as assembly-service's {@code mandate.changed} says).
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

    /** The field names a role admins do not grant by hand: it must be one they do. */
    public static FieldProblem grantedByAdminsOnly(String field) {
        var allowed = Arrays.stream(values())
                .filter(CommuneRole::grantedByAdmins)
                .map(CommuneRole::name)
                .toList();
        return FieldProblem.oneOf(field, allowed, "must be " + String.join(" or ", allowed));
    }
}
