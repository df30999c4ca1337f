package org.civiclimate.gateway.edge;

import java.util.List;
import org.civiclimate.platform.web.BodyLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Front-door settings, under {@code civiclimate.gateway}.
 *
 * @param maxRequestSize largest request body accepted (declared length)
 * @param maxUploadSize largest body on the upload paths (the services' {@code civiclimate.web} has its twin)
 * @param uploadPaths the paths that take uploads
 * @param corsAllowedOrigins origins allowed to call the API from a browser besides the gateway's own (the web app's
 *     development server by default)
 * @param keycloakPublicUrl Keycloak as browsers reach it, for the content security policy and the web app's
 *     configuration; by default taken from the issuer
 */
@ConfigurationProperties("civiclimate.gateway")
public record EdgeProperties(
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue("20MB") DataSize maxUploadSize,
        @DefaultValue(BodyLimits.DEFAULT_UPLOAD_PATHS) List<String> uploadPaths,
        @DefaultValue("http://localhost:5173") List<String> corsAllowedOrigins,
        @DefaultValue("") String keycloakPublicUrl) {

    BodyLimits bodyLimits() {
        return new BodyLimits(maxRequestSize.toBytes(), maxUploadSize.toBytes(), uploadPaths);
    }
}
