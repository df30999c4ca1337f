package org.civiclimate.platform.events;

/** An event that can never be processed (unreadable, not in the catalogue, against its schema): no retry helps. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
