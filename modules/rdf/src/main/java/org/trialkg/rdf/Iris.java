package org.trialkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trialkg.model.OrganisationNames;
import org.trialkg.model.RegistryId;
import org.trialkg.model.Source;
import org.trialkg.model.SourceKind;
import org.trialkg.model.TrialRecord;
import org.trialkg.vocab.TK;

/**
 * Mints every IRI of the data, so that the same record always gives the same IRIs.
 *
 * <pre>{@code
 * Iris.trial(RegistryId.parse("NCT07177794").orElseThrow()) // https://w3id.org/trialkg/id/trial/nct/NCT07177794
 * Iris.record(record)                  // https://w3id.org/trialkg/id/record/registry/nct/NCT07177794
 * }</pre>
 */
public final class Iris {
    private static final Pattern HEX16 = Pattern.compile("[0-9a-fA-F]{16,}");

    private Iris() {
    }

    /** The trial registered under an ID: {@code trial/<registry slug>/<ID>}. */
    public static String trial(RegistryId id) {
        return TK.ID + "trial/" + id.registry().slug() + "/" + id.localName();
    }

    /** The trial a record describes: from its primary registry ID, else from its content hash. */
    public static String trial(TrialRecord record) {
        return record.primaryId().map(Iris::trial).orElseGet(() -> unregisteredTrial(record.source()));
    }

    /** A trial known only from a document without a registry ID: {@code trial/doc/<16 hex of the content hash>}. */
    public static String unregisteredTrial(Source source) {
        String h = source.contentHash();
        // A content hash is hex SHA-256; anything else (a test's short key) is hashed so the IRI stays well formed.
        String hex = HEX16.matcher(h).matches() ? h.toLowerCase(Locale.ROOT) : sha256Hex(h);
        return TK.ID + "trial/doc/" + hex.substring(0, 16);
    }

    /**
     * The stored record, which is also the name of the graph holding its triples: one registry record seen through
     * one kind of source, {@code record/<kind>/<registry>/<ID>}, whichever file it was read from, so that reading it
     * again replaces it. A document without a registry ID, or of a kind known by its path, is
     * {@code record/doc/<24 hex of its path and key>}: a changed file under the same path replaces it.
     */
    public static String record(TrialRecord record) {
        Source source = record.source();
        SourceKind kind = source.kind();
        return record.primaryId().filter(id -> kind.byRegistryId())
                .map(id -> TK.ID + "record/" + kind.slug() + "/" + id.registry().slug() + "/" + id.localName())
                .orElseGet(() -> record(source));
    }

    /** The record of a document known by its path: {@code record/doc/<24 hex of the path and the record's key>}. */
    public static String record(Source source) {
        return TK.ID + "record/doc/" + sha256Hex(source.file() + "#" + source.recordKey()).substring(0, 24);
    }

    /** The file a record was read from. */
    public static String sourceDocument(Source source) {
        return TK.ID + "source/" + sha256Hex(source.file()).substring(0, 24);
    }

    /**
     * The organisation of a name, from its key ({@link OrganisationNames#key}), so that every record naming it, in
     * any spelling the key folds, points to one node: {@code org/<key words joined by '-'>} ({@code
     * org/sun-university-yat-sen}), a long key cut and followed by a hash of the whole key. Empty for a name whose key
     * is empty (no letters or digits).
     */
    public static Optional<String> organisation(String name) {
        String key = OrganisationNames.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String slug = key.replace(' ', '-');
        // keys are [a-z0-9] words, so the slug is a safe IRI segment; 80 characters keep IRIs readable while the
        // longest ICTRP names (a department, a hospital and its university: 150 and more) still get one each
        if (slug.length() > 80) {
            slug = slug.substring(0, 60) + "-" + sha256Hex(key).substring(0, 16);
        }
        return Optional.of(TK.ID + "org/" + slug);
    }

    /** A part of a record (arm, intervention, mention, ...), numbered from 1 in the record's order. */
    public static String child(String recordIri, String kind, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("child IRI: number must be >= 1, was " + number);
        }
        return recordIri + "/" + kind + "/" + number;
    }

    /** A single part of a record (its eligibility, its responsible party). */
    public static String child(String recordIri, String kind) {
        return recordIri + "/" + kind;
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
