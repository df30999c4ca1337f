package org.civiclimate.platform.security;

import java.util.Locale;
import java.util.Optional;
import org.civiclimate.platform.tenancy.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The acting user is the subject of the caller's validated token. */
final class TokenSubject implements CurrentUser {

    @Override
    public Optional<String> id() {
        return token().map(Jwt::getSubject);
    }

    @Override
    public Optional<String> verifiedEmail() {
        return token().filter(token -> Boolean.TRUE.equals(token.getClaimAsBoolean("email_verified")))
                .map(token -> token.getClaimAsString("email"))
                .map(email -> email.toLowerCase(Locale.ROOT));
    }

    private static Optional<Jwt> token() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt token
                ? Optional.of(token)
                : Optional.empty();
    }
}
