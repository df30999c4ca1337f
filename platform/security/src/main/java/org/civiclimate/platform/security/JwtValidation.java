package org.civiclimate.platform.security;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * What makes a Keycloak access token acceptable here, besides its signature (RS256 only, see
 * {@code SecurityAutoConfiguration}): an expiry that has not passed, the issuer, the audience.
 */
final class JwtValidation {

    private JwtValidation() {}

    static OAuth2TokenValidator<Jwt> validator(String issuer, SecurityProperties properties) {
        var time = new JwtTimestampValidator(properties.clockSkew());
        // Spring accepts a token without exp by default; Keycloak always sets one, so a token without is forged.
        time.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(
                time, new JwtIssuerValidator(issuer), audience(properties.audiences()));
    }

    private static OAuth2TokenValidator<Jwt> audience(List<String> accepted) {
        return token -> {
            List<String> audience = token.getAudience();
            return audience != null && audience.stream().anyMatch(accepted::contains)
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error(
                            OAuth2ErrorCodes.INVALID_TOKEN, "The token is not meant for this service", null));
        };
    }
}
