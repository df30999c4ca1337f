package org.civiclimate.platform.security;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;

/** The {@code WWW-Authenticate} challenge (RFC 6750) and the problem detail for a failed authentication. */
record BearerChallenge(String header, String detail) {

    static BearerChallenge of(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth
                && oauth.getError() instanceof BearerTokenError error) {
            String description =
                    error.getDescription() == null ? "" : error.getDescription().replace("\"", "'");
            return new BearerChallenge(
                    "Bearer error=\"" + error.getErrorCode() + "\", error_description=\"" + description + "\"",
                    "The bearer token is not valid: " + failure.getMessage());
        }
        return new BearerChallenge("Bearer", "A bearer token from the platform's identity provider is required");
    }
}
