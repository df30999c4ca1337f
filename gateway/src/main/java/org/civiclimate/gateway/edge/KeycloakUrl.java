package org.civiclimate.gateway.edge;

import org.springframework.core.env.Environment;

/** Keycloak's base URL as browsers reach it: configured, or the issuer without its {@code /realms/...}. */
public final class KeycloakUrl {

    private KeycloakUrl() {}

    public static String publicUrl(EdgeProperties properties, Environment environment) {
        if (!properties.keycloakPublicUrl().isBlank()) {
            return properties.keycloakPublicUrl();
        }
        String issuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
        int realms = issuer.indexOf("/realms/");
        return realms < 0 ? issuer : issuer.substring(0, realms);
    }

    /** The realm named by the issuer. */
    public static String realm(Environment environment) {
        String issuer = environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
        int realms = issuer.indexOf("/realms/");
        return realms < 0 ? "" : issuer.substring(realms + "/realms/".length());
    }
}
