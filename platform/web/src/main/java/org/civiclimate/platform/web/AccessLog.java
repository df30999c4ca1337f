package org.civiclimate.platform.web;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per request: method, path (never the query string, which may hold personal data), status,
 * duration and request id, as key-value pairs that structured logging turns into fields.
 */
public final class AccessLog {

    private static final Logger log = LoggerFactory.getLogger("civiclimate.access");

    private AccessLog() {}

    public static void record(String method, String path, int status, Duration duration, String requestId) {
        log.atInfo()
                .addKeyValue("http.request.method", method)
                .addKeyValue("url.path", path)
                .addKeyValue("http.response.status_code", status)
                .addKeyValue("event.duration_ms", duration.toMillis())
                .addKeyValue(RequestId.MDC_KEY, requestId)
                .log("{} {} {} {}ms", method, path, status, duration.toMillis());
    }
}
