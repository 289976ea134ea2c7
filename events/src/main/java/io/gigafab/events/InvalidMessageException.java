package io.gigafab.events;

/**
 * A payload that is not a valid Gigafab message: malformed JSON, a wrong type, or a field that
 * fails the record's validation (the message names the field).
 */
public class InvalidMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
