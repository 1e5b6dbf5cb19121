package org.trialkg.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.trialkg.ingest.Problem;
import org.trialkg.ingest.SourceInput;
import org.trialkg.model.Hashes;
import org.xml.sax.SAXException;

/**
 * Turns a text, HTML, PDF or DOCX file into plain text with Tika, within a limit on the text's length, and hashes
 * the file's bytes as they stream past. One instance is shared by every thread: Tika's parser is thread-safe, and
 * each call builds its own handler and context.
 */
final class TextExtractor {
    /**
     * The text of one document, its detected media type, the SHA-256 of its bytes, whether the time limit cut the
     * reading short, and the headings the document marks as such ({@link HeadingCollector}), folded.
     */
    record Extracted(String text, String mediaType, String sha256, boolean timedOut, Set<String> headings) {
        Extracted {
            headings = Set.copyOf(headings);
        }
    }

    static final String NOT_A_DOCUMENT = "not a text, HTML, PDF or DOCX document (detected %s)";
    private static final Set<String> DOCUMENT_TYPES = Set.of("text/html", "application/xhtml+xml", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxText;
    private final long limitNanos;

    TextExtractor(int maxText, java.time.Duration timeLimit) {
        if (maxText < 1) {
            throw new IllegalArgumentException("maxText: must be at least 1, was " + maxText);
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit: must be positive, was " + timeLimit);
        }
        this.maxText = maxText;
        this.limitNanos = timeLimit.toNanos();
    }

    /** Thrown into Tika's parse when the time is up; the text read so far is kept. */
    private static final class TimeUp extends SAXException {
        TimeUp() {
            super("time limit reached");
        }
    }

    /**
     * Passes text on for at most the time limit from the first text, then stops the parse. The clock starts at the
     * first text, not at the call: a DOCX or an XLSX-like package is loaded whole before any text comes (bounded by
     * the file's size), while a PDF gives its text page by page, which is where a long document takes its time.
     */
    private static final class Deadline extends org.apache.tika.sax.ContentHandlerDecorator {
        private final long limit;
        private long deadline;
        private boolean started;

        Deadline(org.xml.sax.ContentHandler handler, long limit) {
            super(handler);
            this.limit = limit;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            long now = System.nanoTime();
            if (!started) {
                started = !isBlank(ch, start, length);
                deadline = now + limit;
            } else if (now - deadline > 0) {
                throw new TimeUp();
            }
            super.characters(ch, start, length);
        }

        private static boolean isBlank(char[] ch, int start, int length) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    Extracted extract(SourceInput input) throws IOException, UnreadableDocumentException {
        if (input.size() == 0 || (input.size() < 0 && input.head().length == 0)) {
            throw new UnreadableDocumentException(Problem.Stage.READ, "empty file", null);
        }
        MessageDigest digest = Hashes.digest();
        try (InputStream raw = input.open(); DigestInputStream hashing = new DigestInputStream(raw, digest);
                TikaInputStream in = TikaInputStream.get(hashing)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, input.fileName());
            String type = parser.getDetector().detect(in, metadata).getBaseType().toString();
            if (type.startsWith("text/") && looksBinary(input.head())) {
                type = MediaType.OCTET_STREAM.toString();
            }
            if (!type.startsWith("text/") && !DOCUMENT_TYPES.contains(type)) {
                throw new UnreadableDocumentException(Problem.Stage.DETECT, String.format(NOT_A_DOCUMENT, type), null);
            }
            long started = System.nanoTime();
            BodyContentHandler body = new BodyContentHandler(maxText);
            HeadingCollector headings = new HeadingCollector(body);
            String text = parse(in, metadata, type, body, headings);
            boolean timedOut = System.nanoTime() - started >= limitNanos;
            // Tika may stop reading before the end (a PDF's trailer is read first); hash every byte all the same.
            hashing.transferTo(OutputStream.nullOutputStream());
            return new Extracted(text, type, HexFormat.of().formatHex(digest.digest()), timedOut,
                    headings.headings());
        }
    }

    private String parse(TikaInputStream in, Metadata metadata, String type, BodyContentHandler handler,
            HeadingCollector headings) throws IOException, UnreadableDocumentException {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        // Text only: OCR would be slow and needs Tesseract; a scanned PDF is reported as having no text instead.
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        try {
            parser.parse(in, new Deadline(headings, limitNanos), metadata, context);
        } catch (TimeUp e) {
            return handler.toString();
        } catch (ZeroByteFileException e) {
            throw new UnreadableDocumentException(Problem.Stage.READ, "empty file", e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Problem.Stage.READ,
                    "encrypted document (" + type + "); save an unprotected copy and ingest that", e);
        } catch (SAXException e) {
            if (isTimeUp(e)) {
                return handler.toString();
            }
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException(Problem.Stage.READ, "text longer than " + maxText
                        + " characters; split the file or raise --max-text", e);
            }
            throw new UnreadableDocumentException(Problem.Stage.READ, "malformed " + type + ": " + e.getMessage(), e);
        } catch (TikaException | IOException e) {
            if (isTimeUp(e)) {
                return handler.toString();
            }
            // Parsers report broken content as IOException too; either way this one file cannot be read.
            String what = type.equals("application/pdf") ? "damaged or truncated PDF" : "unreadable " + type;
            throw new UnreadableDocumentException(Problem.Stage.READ, what + ": " + rootMessage(e), e);
        }
        return handler.toString();
    }

    // A text file holds no NUL bytes and few control characters; random bytes hold many.
    static boolean looksBinary(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) || c == 0x7F) {
                control++;
            }
        }
        return control > head.length / 20;
    }

    private static boolean isTimeUp(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeUp) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
