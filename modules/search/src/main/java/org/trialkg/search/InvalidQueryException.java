package org.trialkg.search;

/** A query that cannot be read: the message says what is wrong and how to write it. */
public final class InvalidQueryException extends IllegalArgumentException {
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
