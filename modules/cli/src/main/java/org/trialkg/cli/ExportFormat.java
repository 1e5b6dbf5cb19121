package org.trialkg.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;

/** The syntaxes {@code trialkg export} writes, each with its file extension and whether it streams. */
enum ExportFormat {
    NQUADS("nquads", ".nq", RDFFormat.NQUADS, true, true),
    TRIG("trig", ".trig", RDFFormat.TRIG_BLOCKS, true, true),
    /** Turtle has no named graphs: the union of the records' graphs is written, as the default graph reads. */
    TURTLE("turtle", ".ttl", RDFFormat.TURTLE_BLOCKS, false, true),
    /** Jena's JSON-LD writer builds the whole document in memory before it writes it. */
    JSONLD("jsonld", ".jsonld", RDFFormat.JSONLD, true, false);

    final String label;
    final String extension;
    final RDFFormat jena;
    final boolean namedGraphs;
    final boolean streaming;

    ExportFormat(String label, String extension, RDFFormat jena, boolean namedGraphs, boolean streaming) {
        this.label = label;
        this.extension = extension;
        this.jena = jena;
        this.namedGraphs = namedGraphs;
        this.streaming = streaming;
    }

    static String labels() {
        return Arrays.stream(values()).map(f -> f.label).collect(Collectors.joining(", "));
    }

    static ExportFormat ofLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--format: expected " + labels() + ", was '" + label + "'"));
    }

    /** Whether a file name asks for gzip: it ends with {@code .gz}. */
    static boolean gzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The format a file name's extension (before any {@code .gz}) names; empty for any other extension. */
    static Optional<ExportFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return Arrays.stream(values()).filter(f -> base.endsWith(f.extension)).findFirst();
    }

    /**
     * The format to write: the one given, the one the output file's extension names, or N-Quads to standard
     * output. Never a syntax other than the file name says: a known extension that disagrees with {@code --format},
     * or an unknown one without it, is an error.
     */
    static ExportFormat choose(String given, Path output) {
        Optional<ExportFormat> byName = output == null ? Optional.empty() : ofFile(output);
        if (given != null) {
            ExportFormat f = ofLabel(given);
            if (byName.isPresent() && byName.get() != f) {
                throw new IllegalArgumentException("--format " + f.label + " but the file " + output.getFileName()
                        + " names " + byName.get().label + "; give the file the extension " + f.extension);
            }
            return f;
        }
        if (output == null) {
            return NQUADS;
        }
        return byName.orElseThrow(() -> new IllegalArgumentException("cannot tell the syntax of " + output.getFileName()
                + ": expected the extension .nq, .trig, .ttl or .jsonld (optionally with .gz), or --format "
                + labels()));
    }
}
