package org.trialkg.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trial identifier in one registry, in that registry's normal form.
 *
 * <pre>{@code
 * RegistryId.parse("nct07177794")        // Optional[NCT07177794]
 * RegistryId.parse("EUCTR2020-001113-21-FR") // Optional[euctr 2020-001113-21]
 * RegistryId.findAll("see NCT05244798 and ChiCTR2000034346")
 * }</pre>
 */
public record RegistryId(Registry registry, String value) implements Comparable<RegistryId> {

    // ICTRP prefixes EU CTR trial IDs with "EUCTR" and suffixes a country code: EUCTR2020-001113-21-FR.
    private static final Pattern EUCTR_ICTRP = Pattern.compile("(?i)EUCTR(\\d{4}-\\d{6}-\\d{2})(?:-[A-Z]{2,3})?");
    private static final Pattern EUDRACT_COUNTRY = Pattern.compile("(\\d{4}-\\d{6}-\\d{2})-[A-Z]{2,3}");
    private static final Pattern ANY;

    static {
        StringBuilder sb = new StringBuilder("(?<![A-Za-z0-9/-])(?:EUCTR)?(");
        String sep = "";
        for (Registry r : Registry.values()) {
            if (r.known()) {
                sb.append(sep).append(r.pattern().pattern());
                sep = "|";
            }
        }
        sb.append(")(?![0-9])");
        ANY = Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE);
    }

    public RegistryId {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(value, "value");
        Optional<String> norm = registry.normalise(value);
        if (norm.isEmpty()) {
            throw new IllegalArgumentException(
                    "registry ID: '" + value + "' is not a valid " + registry.label() + " ID");
        }
        value = norm.get();
    }

    /** Reads an ID of any known registry, accepting ICTRP's prefixed EU CTR form; empty when it is none. */
    public static Optional<RegistryId> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher eu = EUCTR_ICTRP.matcher(t);
        if (eu.matches()) {
            return Optional.of(new RegistryId(Registry.EUCTR, eu.group(1)));
        }
        Matcher euc = EUDRACT_COUNTRY.matcher(t);
        if (euc.matches()) {
            return Optional.of(new RegistryId(Registry.EUCTR, euc.group(1)));
        }
        for (Registry r : Registry.values()) {
            if (!r.known()) {
                continue;
            }
            Optional<String> v = r.normalise(t);
            if (v.isPresent()) {
                return Optional.of(new RegistryId(r, v.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads an ID of a known registry, else keeps the text as an ID of {@link Registry#OTHER}: for a registry record
     * whose ID must not be lost (an ICTRP row of a registry that joined after this version). Empty for blank text.
     */
    public static Optional<RegistryId> parseOrOther(String text) {
        return parse(text).or(() -> Registry.OTHER.normalise(text).map(v -> new RegistryId(Registry.OTHER, v)));
    }

    /** Reads an ID of the given registry; empty when the text is not a valid ID there. */
    public static Optional<RegistryId> parse(Registry registry, String text) {
        if (!registry.known()) {
            return Registry.OTHER.normalise(text).map(v -> new RegistryId(Registry.OTHER, v));
        }
        return parse(text).filter(id -> id.registry == registry);
    }

    /** Every registry ID written in a text, in order of appearance, without repeats. */
    public static List<RegistryId> findAll(CharSequence text) {
        Set<RegistryId> found = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            parse(m.group(1)).ifPresent(found::add);
        }
        return new ArrayList<>(found);
    }

    /** A form safe for an IRI path segment: {@code CTRI/2020/04/024773} becomes {@code CTRI-2020-04-024773}. */
    public String localName() {
        if (registry.known()) {
            return value.replace('/', '-');
        }
        // an ID as given may hold any character: every one outside the unreserved set is percent-encoded
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_')) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    @Override
    public int compareTo(RegistryId o) {
        int c = registry.compareTo(o.registry);
        return c != 0 ? c : value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
