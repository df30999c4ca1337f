package org.civiclimate.tenant.provisioning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tenant-service reaches Keycloak's admin API, under {@code civiclimate.keycloak}.
 *
 * @param url Keycloak's base URL as this service reaches it
 * @param clientSecret secret of the confidential client (from the environment, never in git)
 * @param timeout connect and read timeout of each call
 */
@ConfigurationProperties("civiclimate.keycloak")
public record KeycloakProperties(
        @DefaultValue("http://127.0.0.1:8180") String url,
        @DefaultValue("civiclimate") String realm,
        @DefaultValue("tenant-service-admin") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("5s") Duration timeout) {}
