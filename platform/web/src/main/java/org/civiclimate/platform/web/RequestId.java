package org.civiclimate.platform.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/** The id that ties together one request's log lines, its outgoing calls and the events it causes. */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    // Anything else (too long, control characters, spaces) is replaced, so a caller cannot forge log lines.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {}

    /** The caller's id when it is acceptable, otherwise a new one. */
    public static String acceptOrCreate(@Nullable String incoming) {
        return incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    /** The id of the request (or event) this thread is working for, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** Makes {@code id} current until the returned scope is closed. */
    public static MDC.MDCCloseable open(String id) {
        return MDC.putCloseable(MDC_KEY, id);
    }
}
