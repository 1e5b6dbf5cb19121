package org.trialkg.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.trialkg.model.RegistryId;

/**
 * Reads a registry ID however a user types it: {@code NCT 0431 5948}, {@code NCT-04315948}, {@code nct04315948},
 * {@code ClinicalTrials.gov ID: NCT04315948}, {@code ChiCTR-2000029806}, {@code EudraCT No: 2014-005098-35},
 * {@code EudraCT 2014 005098 35}. IDs are matched by their key: lower case, letters and digits only, the same key the
 * ID fields are indexed by ({@link TrialAnalyzers}).
 *
 * <pre>{@code
 * IdQuery.registryId("NCT 0428 0705")   // Optional[nct04280705]
 * IdQuery.keysOf("EudraCT No: 2006-000123-45") // [eudractno200600012345, 200600012345]
 * }</pre>
 */
final class IdQuery {
    // Words people put before an ID: the registry's name and what it calls the number. "NCT", "ChiCTR", "ISRCTN" and
    // the like are part of the ID and stay; "EudraCT" does not belong to the number it labels.
    private static final Pattern LABELS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:clinicaltrials\\.gov|ctgov|"
            + "eudra\\s*ct|euctr|id-rcb|trial|study|registration|registry|register|reg|number|num|nr|no|id|ids)"
            + "(?![\\p{L}\\p{N}])\\.?|[#:]");
    // What is left of an ID query once the labels are gone: letters, digits and the separators IDs are written with.
    private static final Pattern ID_CHARS = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\s/.-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LABEL_HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\d{4}-)");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");

    private IdQuery() {
    }

    /** The key of the registry ID the whole query spells, or empty when the query is not one ID. */
    static Optional<String> registryId(String query) {
        String rest = SPACES.matcher(LABELS.matcher(query).replaceAll(" ")).replaceAll(" ").strip();
        if (rest.isEmpty() || !ID_CHARS.matcher(rest).matches()) {
            return Optional.empty();
        }
        // Spaces inside an ID are typing, not structure: try the text as written, then without its spaces, then with
        // the spaces read as the hyphens of a EudraCT number, then without spaces or hyphens (NCT-04292899).
        for (String candidate : List.of(rest, rest.replace(" ", ""), rest.replace(' ', '-'),
                rest.replaceAll("[\\s-]", ""))) {
            Optional<RegistryId> id = RegistryId.parse(candidate);
            if (id.isPresent()) {
                return Optional.of(key(id.get().value()));
            }
        }
        return Optional.empty();
    }

    /**
     * The keys a secondary ID is indexed under: the text as listed, and every registry ID written inside it, so that
     * a labelled "EudraCT No: 2006-000123-45" is found by the number alone.
     */
    static Set<String> keysOf(String secondaryId) {
        Set<String> keys = new LinkedHashSet<>();
        String whole = key(secondaryId);
        if (!whole.isEmpty()) {
            keys.add(whole);
        }
        // A label glued to the number by a hyphen ("EUDRACT-2005-000134-20") hides it from the pattern, which will
        // not start inside a word: read the hyphen as a space.
        RegistryId.findAll(LABEL_HYPHEN.matcher(secondaryId).replaceAll(" ")).forEach(id -> keys.add(key(id.value())));
        return keys;
    }

    /** The form an ID is indexed and matched by: lower case, letters and digits only. */
    static String key(String id) {
        return NOT_ALNUM.matcher(id.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
