package org.trialkg.model;

import java.util.Objects;

/**
 * Where a record came from: the file (or zip entry), the layout or format the reader detected, a hash of the
 * record's own content (to skip unchanged records on re-ingest) and the record's key inside the file.
 *
 * @param file path of the file as given to the ingest, with {@code !/entry} for a zip entry
 * @param layout the detected format or page layout, such as {@code ctgov-json} or {@code ctgov-page}
 * @param contentHash hex SHA-256 of the record's content
 * @param recordKey the record's place in the file: its registry ID, a row number, or {@code ""} for a whole file
 */
public record Source(String file, String layout, String contentHash, String recordKey) {
    public Source {
        Objects.requireNonNull(file, "source file");
        Objects.requireNonNull(layout, "source layout");
        Objects.requireNonNull(contentHash, "source contentHash");
        recordKey = recordKey == null ? "" : recordKey;
    }

    /** The kind of view of a registry record this source gives, from its layout. */
    public SourceKind kind() {
        return SourceKind.of(layout);
    }
}
