package org.civiclimate.platform.communes;

import java.util.Set;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemTypes;

/**
 * The one place a service asks what the caller may do in the bound commune, from the roles tenant-service announced.
 * {@link MembersOnly} has already let only members and operators in; this tells staff (who run the assembly and the
 * plan) from the rest.
 */
public class CommuneAccess {

    private static final Set<String> STAFF = Set.of("ADMIN", "FACILITATOR");

    private final CommuneMembers members;

    CommuneAccess(CommuneMembers members) {
        this.members = members;
    }

    /** Whether the caller is an admin or a facilitator of the bound commune (operators are not: they run the platform). */
    public boolean isStaff(Caller caller) {
        return members.rolesOf(caller.userId()).stream().anyMatch(STAFF::contains);
    }

    /** Whether the user has a role in the bound commune: only its members can be seated in its assemblies. */
    public boolean isMember(String userId) {
        return !members.rolesOf(userId).isEmpty();
    }

    /** A 403 problem unless the caller is staff of the bound commune. */
    public void requireStaff(Caller caller) {
        if (!isStaff(caller)) {
            throw new ApiProblem(ProblemTypes.FORBIDDEN, "Only the commune's admins and facilitators can do this");
        }
    }
}
