package org.trialkg.search;

/** A search could not be run: a malformed query, or an index that cannot be read. The message is for the user. */
public final class SearchException extends RuntimeException {
    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
