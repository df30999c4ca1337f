package org.civiclimate.platform.security;

import java.util.Optional;
import org.civiclimate.platform.tenancy.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The acting user is the subject of the caller's validated token. */
final class TokenSubject implements CurrentUser {

    @Override
    public Optional<String> id() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt token
                ? Optional.ofNullable(token.getSubject())
                : Optional.empty();
    }
}
