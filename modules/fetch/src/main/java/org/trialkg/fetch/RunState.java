package org.trialkg.fetch;

/** Where a run of a saved fetch stands. */
public enum RunState {
    /** Under way, or killed while under way: the next fetch or update resumes it. */
    RUNNING,
    /** Stopped by a failure it reported: the next fetch or update resumes it. */
    FAILED,
    /** Every page stored. */
    DONE
}
