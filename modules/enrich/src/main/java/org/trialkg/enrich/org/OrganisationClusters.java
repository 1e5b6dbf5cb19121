package org.trialkg.enrich.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trialkg.model.OrganisationNames;

/**
 * Organisations from the names records give them: every name is filed under its {@link OrganisationNames#key}, so
 * that clustering is one pass with a hash map (names are compared only within their key, never in pairs), and each
 * organisation keeps every name used for it, the most used first as its preferred name.
 *
 * <pre>{@code
 * OrganisationClusters c = new OrganisationClusters();
 * c.add("Sun Yat-sen University"); c.add("SUN YAT-SEN UNIVERSITY");
 * c.organisations(); // one, named "Sun Yat-sen University", with both spellings
 * }</pre>
 */
public final class OrganisationClusters {
    /** One organisation: its key, its preferred name and every name used, most used first. */
    public record Organisation(String key, String preferredName, List<String> names) {
        public Organisation {
            Objects.requireNonNull(key, "organisation key");
            Objects.requireNonNull(preferredName, "organisation preferred name");
            names = List.copyOf(names);
        }
    }

    private final Map<String, Map<String, Integer>> byKey = new LinkedHashMap<>();

    /** Files one use of a name; a name without letters or digits is ignored. */
    public void add(String name) {
        String key = OrganisationNames.key(name);
        if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(name.strip(), 1, Integer::sum);
        }
    }

    /** The organisations, in the order their first name was added. */
    public List<Organisation> organisations() {
        List<Organisation> out = new ArrayList<>();
        byKey.forEach((key, counts) -> {
            List<String> names = new ArrayList<>(counts.keySet());
            // most used first; among equals the first met keeps its place (a stable sort)
            names.sort(Comparator.comparingInt((String n) -> -counts.get(n)));
            out.add(new Organisation(key, names.get(0), names));
        });
        return out;
    }
}
