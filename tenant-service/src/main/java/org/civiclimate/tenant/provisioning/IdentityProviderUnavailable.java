package org.civiclimate.tenant.provisioning;

import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/** Keycloak could not be reached or refused the change: nothing was done, the request can be retried. */
public class IdentityProviderUnavailable extends ApiProblem {

    static final ProblemType TYPE = new ProblemType(
            "identity-provider-unavailable", "The identity provider is unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    IdentityProviderUnavailable(String what, Throwable cause) {
        super(TYPE, "Could not " + what + " in the identity provider; nothing was changed, please try again", cause);
    }
}
