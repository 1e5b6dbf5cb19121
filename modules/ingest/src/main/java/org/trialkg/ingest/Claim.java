package org.trialkg.ingest;

/**
 * How sure a reader is that an input is in its format, from the input's name and first bytes, by the kind of evidence
 * it saw: the detector gives the input to the reader with the highest claim, and a tie to the reader listed first.
 * The order is what matters. A reader that sees its format's own signature wins over one that sees a likeness, and
 * the document reader, which takes any page or PDF, loses to all of them.
 *
 * <p>Measured: {@code FormatDetectionTest} detects the format of each of the 7,101 files of {@code ../shared/data}
 * (ten formats, 50 documents among them, and 4 files no reader should take) and every one goes to the reader of
 * its format; {@code CtgovDetectionTest} renames files to another extension and they still do.
 */
public enum Claim {
    /** Not this reader's format. */
    NONE,
    /**
     * Any document: a file with a document's extension or magic bytes (PDF, Office, HTML, text). The fallback: a
     * registry page or export is also HTML or text, and its own reader must win.
     */
    ANY_DOCUMENT,
    /**
     * Keys of the format without its root, as in a fragment of a ClinicalTrials.gov study cut from a larger file:
     * worth reading, but any surer reader goes first.
     */
    FRAGMENT,
    /**
     * The right container with its content unseen: a workbook, whose sheets are compressed past the first bytes.
     * The reader itself reports a workbook that is not an ICTRP export.
     */
    CONTAINER,
    /** A header row with the registry's key column among others, not its whole header ("NCT Number" in any CSV). */
    LOOSE_HEADER,
    /**
     * A registry's mark in a page or record that has no signature of its own: ChiCTR's name in an HTML page,
     * ctrdata's registry fields where its own key lies past the first bytes.
     */
    REGISTRY_MARK,
    /**
     * A format trialkg does not read but can name: the classic ClinicalTrials.gov API's JSON. Claimed so that the
     * reader tells the user which download to take instead of the document reader reading it as text.
     */
    FORMAT_TO_REFUSE,
    /** The format's own signature: its root element, its whole header row, a key no other format writes. */
    SIGNATURE;

    /** Whether this claim is at least as sure as the other. */
    public boolean atLeast(Claim other) {
        return compareTo(other) >= 0;
    }
}
