package org.trialkg.ingest.document;

import java.io.IOException;
import java.util.Set;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.Claim;
import org.trialkg.ingest.RecordSink;
import org.trialkg.ingest.SourceInput;
import org.trialkg.ingest.SourceReader;
import org.trialkg.model.Source;
import org.trialkg.model.TrialRecord;

/**
 * Reads a trial from a text, HTML, PDF or DOCX document: Tika extracts the text, mis-decoded characters are
 * repaired, and the page layout the text follows (a ClinicalTrials.gov mirror page, a MedPath page, a CSV row, a
 * prose summary, or anything else) decides how its values are read. One document gives one record or one problem.
 *
 * <pre>{@code
 * SourceReader reader = new DocumentReader();          // text up to 5,000,000 characters
 * reader.read(input, sink);                           // sink gets a TrialRecord or a Problem
 * }</pre>
 */
public final class DocumentReader implements SourceReader {
    public static final String FORMAT = "document";
    public static final int DEFAULT_MAX_TEXT = 5_000_000;
    static final String NO_TRIAL = "no trial found in the text (layout not recognised)";

    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "html", "htm", "xhtml", "pdf", "docx",
            "doc");

    /**
     * How long reading one document's text may take. Tika reads the 300-page protocols of the shared documents in
     * 0.2 to 6 s on one busy core; past this the text read so far is used (a protocol's cover and synopsis come
     * first). With the extractor's 3 s for its drug scan, a document stays under 10 s.
     */
    public static final java.time.Duration DEFAULT_TIME_LIMIT = java.time.Duration.ofSeconds(6);

    private final TextExtractor extractor;
    private final MojibakeRepair repair = new MojibakeRepair();
    private final PageLayouts layouts;
    private final java.time.Duration timeLimit;

    /** A reader without a drug dictionary: documents give IDs, titles, phases and sponsors but no drugs. */
    public DocumentReader() {
        this(DEFAULT_MAX_TEXT);
    }

    /** A reader that reports a document whose text is longer than {@code maxText} characters. */
    public DocumentReader(int maxText) {
        this(maxText, DrugNames.NONE, DEFAULT_TIME_LIMIT);
    }

    /** A reader that finds drugs with the given dictionary. */
    public DocumentReader(DrugNames names) {
        this(DEFAULT_MAX_TEXT, names, DEFAULT_TIME_LIMIT);
    }

    /**
     * A reader that reports a document whose text is longer than {@code maxText} characters, finds drugs with
     * {@code names}, and stops reading a document's text after {@code timeLimit}.
     */
    public DocumentReader(int maxText, DrugNames names, java.time.Duration timeLimit) {
        this.extractor = new TextExtractor(maxText, timeLimit);
        this.timeLimit = timeLimit;
        this.layouts = new PageLayouts(java.util.Objects.requireNonNull(names, "drug names"));
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Claim confidence(SourceInput input) {
        String name = input.fileName();
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1))) {
            return Claim.ANY_DOCUMENT;
        }
        return hasDocumentMagic(input.head()) ? Claim.ANY_DOCUMENT : Claim.NONE;
    }

    @Override
    public void read(SourceInput input, RecordSink sink) throws IOException {
        TextExtractor.Extracted extracted;
        try {
            extracted = extractor.extract(input);
        } catch (UnreadableDocumentException e) {
            sink.problem(new Problem(input.name(), "", e.stage(), e.getMessage()));
            return;
        }
        String text = repair.repair(extracted.text());
        if (text.isBlank()) {
            String why = extracted.timedOut() ? "no text read within the time limit of " + timeLimit.toMillis()
                    + " ms" : extracted.mediaType().equals("application/pdf")
                    ? "no text in the PDF (a scanned PDF needs OCR, which is off)" : "no text in the document";
            sink.problem(new Problem(input.name(), "", Problem.Stage.EXTRACT, why));
            return;
        }
        PageText page = new PageText(text, extracted.headings());
        PageLayout layout = layouts.detect(page);
        TrialRecord.Builder builder = TrialRecord.builder(new Source(input.name(), layout.name(),
                extracted.sha256(), ""));
        TrialRecord record;
        try {
            layout.extract(page, builder);
            record = builder.build();
        } catch (IllegalArgumentException e) {
            // A value the layout read that the model rejects: the message names the field and the value.
            sink.problem(new Problem(input.name(), "", Problem.Stage.EXTRACT, layout.name() + ": " + e.getMessage()));
            return;
        }
        if (isEmpty(record)) {
            sink.problem(new Problem(input.name(), "", Problem.Stage.EXTRACT, NO_TRIAL));
            return;
        }
        sink.record(record);
    }

    private static boolean isEmpty(TrialRecord r) {
        return r.ids().isEmpty() && r.title() == null && r.briefSummary() == null && r.interventions().isEmpty()
                && r.outcomes().isEmpty();
    }

    private static boolean hasDocumentMagic(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("%pdf-") || start.startsWith("<!doctype html") || start.startsWith("<html")
                || (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF)
                // A DOCX is a zip; only one with a word/ part is a document rather than an archive of records.
                || (start.startsWith("pk") && start.contains("word/"));
    }
}
