package org.trialkg.link;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Token sets and their overlap, for comparing titles, sponsor names and conditions across registries. */
final class Similarity {
    // Words every trial title has; they say nothing about which trial it is.
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "for", "and", "or", "to",
            "with", "without", "by", "at", "as", "from", "versus", "vs", "study", "trial", "clinical", "randomized",
            "randomised", "controlled", "phase", "multicenter", "multicentre", "open", "label", "double", "blind",
            "single", "center", "centre", "placebo", "efficacy", "safety", "evaluate", "evaluating", "evaluation",
            "effect", "effects", "patients", "patient", "treatment", "pilot", "prospective", "observational", "de",
            "la", "et", "des", "le", "les", "und", "der", "die", "das", "is", "are", "be", "its", "their", "who",
            "which", "that", "this", "after", "during", "into", "between", "among", "using", "use", "based", "vs.",
            "study's", "university", "hospital", "medical", "inc", "ltd", "co", "llc", "corporation", "company",
            "gmbh", "sa", "ag", "limited", "affiliated", "first", "people's", "peoples", "school", "college");

    private Similarity() {
    }

    /** Folded words of at least two characters, stop words removed; each CJK character is a word of its own. */
    static Set<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isIdeographic(cp)) {
                flush(w, out);
                out.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(cp);
            } else {
                flush(w, out);
            }
        }
        flush(w, out);
        return out;
    }

    static Set<String> tokens(Collection<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        texts.forEach(t -> out.addAll(tokens(t)));
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / (a.size() + b.size() - inter.size());
    }

    /** Shared words over the smaller set: an acronym-free short title inside a long one still scores. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / Math.min(a.size(), b.size());
    }

    private static void flush(StringBuilder w, Set<String> out) {
        if (w.length() >= 2 && !STOP.contains(w.toString())) {
            out.add(w.toString());
        }
        w.setLength(0);
    }
}
