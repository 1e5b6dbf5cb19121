package org.trialkg.fetch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.trialkg.ingest.ReadLimits;

/**
 * What one page of {@code /studies} says of itself ({@code PagedStudies} in the specification): how many studies it
 * holds, the token of the next page (none on the last), and the total the first page gives when asked for it.
 * Read as a stream, so that a page is checked whole without being held in memory.
 *
 * @param studies entries of its {@code studies} array (each one, well formed or not, is the ingest's to judge)
 * @param nextPageToken the next page's token; null on the last page
 * @param totalCount studies in all pages; -1 when the page does not say
 */
public record ApiPage(int studies, String nextPageToken, long totalCount) {
    public ApiPage {
        if (studies < 0) {
            throw new IllegalArgumentException("page studies: expected 0 or more, was " + studies);
        }
        if (nextPageToken != null && nextPageToken.isBlank()) {
            nextPageToken = null;
        }
    }

    /** True on the last page of a search. */
    public boolean last() {
        return nextPageToken == null;
    }

    /** Reads a page saved gzipped. */
    public static ApiPage readGzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return read(in);
        }
    }

    /**
     * Reads a page's JSON to its end. A body cut short (a dropped connection the server closed cleanly) or that is no
     * {@code /studies} page throws {@link MalformedPageException}.
     */
    public static ApiPage read(InputStream in) throws IOException {
        try (JsonParser p = ReadLimits.jsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedPageException("expected a JSON object {\"studies\":[...]}, found "
                        + (p.currentToken() == null ? "nothing" : p.getText()));
            }
            int studies = -1;
            String token = null;
            long total = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("studies") && value == JsonToken.START_ARRAY) {
                    studies = 0;
                    JsonToken t;
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == null) {
                            throw new MalformedPageException("the page ends inside its studies array");
                        }
                        p.skipChildren();
                        studies++;
                    }
                } else if (name.equals("nextPageToken") && value == JsonToken.VALUE_STRING) {
                    token = p.getText();
                } else if (name.equals("totalCount") && value == JsonToken.VALUE_NUMBER_INT) {
                    total = p.getLongValue();
                } else {
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new MalformedPageException("the page ends before its closing brace");
            }
            if (studies < 0) {
                throw new MalformedPageException("no \"studies\" array: not an API v2 /studies page");
            }
            return new ApiPage(studies, token, total);
        } catch (JsonProcessingException e) {
            throw new MalformedPageException(ReadLimits.describe("JSON", e));
        }
    }

    /** A body that is not a whole {@code /studies} page. */
    public static final class MalformedPageException extends IOException {
        MalformedPageException(String message) {
            super(message);
        }
    }
}
