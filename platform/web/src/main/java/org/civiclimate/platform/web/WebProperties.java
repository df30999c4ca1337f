package org.civiclimate.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What every servlet application of the platform accepts, under {@code civiclimate.web}.
 *
 * @param maxRequestSize largest request body accepted, declared or streamed (chunked bodies are counted as they are
 *     read); the gateway has the same limit, but a service reached directly inside the cluster must hold it too
 * @param maxUploadSize largest body on the upload paths (the gateway's {@code civiclimate.gateway} has its twin)
 * @param uploadPaths the paths that take uploads ({@link BodyLimits#DEFAULT_UPLOAD_PATHS})
 */
@ConfigurationProperties("civiclimate.web")
public record WebProperties(
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue("20MB") DataSize maxUploadSize,
        @DefaultValue(BodyLimits.DEFAULT_UPLOAD_PATHS) List<String> uploadPaths) {

    public BodyLimits bodyLimits() {
        return new BodyLimits(maxRequestSize.toBytes(), maxUploadSize.toBytes(), uploadPaths);
    }
}
