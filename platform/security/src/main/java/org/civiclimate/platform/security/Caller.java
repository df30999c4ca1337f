package org.civiclimate.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling: the Keycloak user id, email and name, the Keycloak organizations (communes) the token names, and the
 * realm roles. Commune roles are not here: they live in tenant-service and are replicated to each service.
 */
public record Caller(
        String userId,
        @Nullable String email,
        boolean emailVerified,
        @Nullable String name,
        Set<String> organizations,
        Set<String> realmRoles) {

    /** Realm role of the people who run the platform. */
    public static final String OPERATOR = "operator";

    public Caller {
        organizations = Set.copyOf(organizations);
        realmRoles = Set.copyOf(realmRoles);
    }

    public boolean isOperator() {
        return realmRoles.contains(OPERATOR);
    }

    /** The caller of the request being served, from its validated token; none for an anonymous one. */
    public static Optional<Caller> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Jwt token
                ? Optional.of(of(token))
                : Optional.empty();
    }

    /** The caller's email address in lower case, if the identity provider verified it. */
    public Optional<String> verifiedEmail() {
        return emailVerified && email != null ? Optional.of(email.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Reads a Keycloak access token. */
    public static Caller of(Jwt token) {
        return new Caller(
                token.getSubject(),
                token.getClaimAsString("email"),
                Boolean.TRUE.equals(token.getClaimAsBoolean("email_verified")),
                token.getClaimAsString("name"),
                organizations(token.getClaim("organization")),
                realmRoles(token.getClaim("realm_access")));
    }

    // Keycloak writes organizations as a list of aliases, or as an object keyed by alias when attributes are mapped.
    private static Set<String> organizations(@Nullable Object claim) {
        return switch (claim) {
            case Collection<?> aliases -> strings(aliases);
            case Map<?, ?> byAlias -> strings(byAlias.keySet());
            case null, default -> Set.of();
        };
    }

    private static Set<String> realmRoles(@Nullable Object claim) {
        return claim instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles
                ? strings(roles)
                : Set.of();
    }

    private static Set<String> strings(Collection<?> values) {
        var result = new LinkedHashSet<String>();
        values.forEach(value -> result.add(String.valueOf(value)));
        return result;
    }
}
