package org.civiclimate.platform.web;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a request body's stream once more bytes are read than allowed. An {@link IOException}, so that whatever
 * reads the body (a message converter, a servlet) fails as on a broken connection, and the failure is answered 413.
 */
final class RequestBodyTooLarge extends IOException {

    RequestBodyTooLarge(long allowed) {
        super("The request body has more than " + allowed + " bytes");
    }

    /** Whether {@code failure}, or one of its causes, is a body that was too large. */
    static boolean isCauseOf(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
