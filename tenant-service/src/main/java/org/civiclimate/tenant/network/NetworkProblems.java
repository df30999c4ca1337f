package org.civiclimate.tenant.network;

import java.util.List;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The ways network requests are refused. */
final class NetworkProblems {

    static final ProblemType NETWORK_NOT_FOUND =
            new ProblemType("network-not-found", "No such network", HttpStatus.NOT_FOUND);
    static final ProblemType NETWORK_SLUG_TAKEN =
            new ProblemType("network-slug-taken", "This network slug is taken", HttpStatus.CONFLICT);
    static final ProblemType LAST_COORDINATOR =
            new ProblemType("last-coordinator", "A network keeps at least one coordinator", HttpStatus.CONFLICT);
    static final ProblemType NOT_A_NETWORK_MEMBER =
            new ProblemType("not-a-network-member", "The commune is not a member of this network", HttpStatus.CONFLICT);

    private NetworkProblems() {}

    static ApiProblem networkNotFound(String slug) {
        return new ApiProblem(NETWORK_NOT_FOUND, "No network has the slug '" + slug + "'");
    }

    static ApiProblem slugTaken(String slug) {
        return new ApiProblem(
                NETWORK_SLUG_TAKEN,
                "Another network already uses the slug '" + slug + "'",
                List.of(new FieldProblem("slug", FieldCode.TAKEN, "is already used by another network")));
    }

    static ApiProblem notCoordinator() {
        return new ApiProblem(ProblemTypes.FORBIDDEN, "Only the network's coordinators may do this");
    }

    static ApiProblem lastCoordinator() {
        return new ApiProblem(LAST_COORDINATOR, "Appoint another coordinator before this one steps down");
    }

    static ApiProblem notAMember(String network) {
        return new ApiProblem(
                NOT_A_NETWORK_MEMBER,
                "The commune shares only with networks it is a member of; not yet with " + network);
    }
}
