package org.trialkg.search;

/** A search ran past its time limit and was stopped; the message says how long it was allowed. */
public final class SearchTimeoutException extends RuntimeException {
    public SearchTimeoutException(String message) {
        super(message);
    }
}
