package org.civiclimate.platform.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.util.AntPathMatcher;

/**
 * How large a request body may be: the standard limit everywhere, a larger one on the paths that take uploads (a
 * session's documents). The gateway and every service apply the same rule, so that a service reached inside the
 * cluster holds the limit the front door does.
 *
 * @param uploadPaths Ant-style patterns ({@code *} one segment) of the upload paths
 */
public record BodyLimits(long standard, long upload, List<String> uploadPaths) {

    /** Where uploads are taken by default: a session's documents, and a draw's pool and register. */
    public static final String DEFAULT_UPLOAD_PATHS = "/api/communes/*/assembly/assemblies/*/sessions/*/documents,"
            + "/api/communes/*/assembly/assemblies/*/draws/*/pool,"
            + "/api/communes/*/assembly/assemblies/*/draws/*/register";

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    public BodyLimits {
        // A property's default arrives as one comma-separated entry (Spring Boot does not split @DefaultValue).
        uploadPaths = uploadPaths.stream()
                .flatMap(paths -> Arrays.stream(paths.split(",")))
                .map(String::strip)
                .filter(path -> !path.isEmpty())
                .toList();
    }

    /** The bytes a body sent to {@code path} may have. */
    public long allowedFor(String path) {
        return uploadPaths.stream().anyMatch(pattern -> PATHS.match(pattern, path))
                ? Math.max(upload, standard)
                : standard;
    }
}
