package org.trialkg.fetch;

/**
 * Takes each page a fetch stored, in order, before the fetch records the page as done: a page whose handling
 * throws is handled again when the fetch resumes, from the file, without downloading it again.
 */
@FunctionalInterface
public interface PageSink {
    void page(SavedPage page);
}
