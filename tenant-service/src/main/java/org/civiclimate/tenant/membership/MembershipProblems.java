package org.civiclimate.tenant.membership;

import java.util.List;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.tenant.roles.CommuneRole;
import org.civiclimate.tenant.roles.LastAdmin;
import org.springframework.http.HttpStatus;

/** The ways joining and role changes are refused. */
final class MembershipProblems {

    static final ProblemType INVITATION_CODE_INVALID = new ProblemType(
            "invitation-code-invalid", "The invitation code is not right", HttpStatus.UNPROCESSABLE_CONTENT);
    static final ProblemType COMMUNE_NOT_ACTIVE =
            new ProblemType("commune-not-active", "The commune is not open yet", HttpStatus.CONFLICT);
    static final ProblemType MEMBER_NOT_FOUND =
            new ProblemType("member-not-found", "No such member in this commune", HttpStatus.NOT_FOUND);
    static final ProblemType ROLE_NOT_GRANTABLE =
            new ProblemType("role-not-grantable", "This role is not granted by hand", HttpStatus.UNPROCESSABLE_CONTENT);

    private MembershipProblems() {}

    static ApiProblem invitationCodeInvalid(boolean given) {
        return new ApiProblem(
                INVITATION_CODE_INVALID,
                given
                        ? "This is not the commune's invitation code; ask its administrators for the current one"
                        : "This commune asks for an invitation code",
                List.of(
                        given
                                ? new FieldProblem("code", FieldCode.INVALID, "is not the commune's invitation code")
                                : new FieldProblem("code", FieldCode.REQUIRED, "is required")));
    }

    static ApiProblem communeNotActive(String status) {
        return new ApiProblem(COMMUNE_NOT_ACTIVE, "The commune is " + status + ": nobody can join it yet");
    }

    static ApiProblem lastAdmin() {
        return new LastAdmin("This is the commune's only administrator: appoint another one before stepping down");
    }

    static ApiProblem memberNotFound() {
        return new ApiProblem(MEMBER_NOT_FOUND, "This person is not a member of the commune");
    }

    static ApiProblem roleNotGrantable(String role) {
        return new ApiProblem(
                ROLE_NOT_GRANTABLE,
                role + " is not granted by hand: citizens join by themselves, members are seated in the assembly",
                List.of(CommuneRole.grantedByAdminsOnly("role")));
    }
}
