package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes a document states under a route label, as protocols' synopses and product tables, EU register pages
 * and result PDFs write them: "Route of administration Intravenous", "D.3.7 Routes of administration for this IMP
 * Oral use", "Mode of Administration: Oral", "Voie d'administration : orale", "给药途径：口服". Labels separate their
 * value by a colon, a tab or, in PDF table text, a space only, so the value must name a route to count.
 */
final class RouteLabels {
    /** One route label's value, the route in the words the regimen parser reads, and where the label is. */
    record Route(String route, int start, int end) {
    }

    private static final Pattern LABEL = Pattern.compile("(?im)^[ \\t]*(?:(?:[A-Z]\\.)?\\d+(?:\\.\\d+)*\\.?\\s+)?"
            + "(?:(?:routes?|modes?)\\s+of\\s+administration(?:\\s+for\\s+this\\s+imp)?|administration\\s+route"
            + "|route|voies?\\s+d'administration|v[ií]as?\\s+de\\s+administraci[oó]n|vias?\\s+de\\s+administra[cç][aã]o"
            + "|art\\s+der\\s+anwendung|applikationsweg|给药途径|给药方式)[ \\t]*[:：\\t ]?[ \\t]*(\\S[^\\n]{0,60})?$");
    // A label alone on its line gives its value on the next line.
    private static final Pattern NEXT_LINE = Pattern.compile("\\G\\R[ \\t]*(\\S[^\\n]{0,60})");
    /** The route words of each language, mapped to the English word the regimen parser reads. */
    private static final List<String[]> WORDS = List.of(
            new String[] {"(?<![\\w.])(?:intravenous(?:ly)?|iv|i\\.v\\.?|intraveineuse|intravenosa|intravenös|静脉)", "intravenous"},
            new String[] {"(?<![\\w.])(?:oral(?:ly)?|orale|by mouth|per os|peroral|口服)", "oral"},
            new String[] {"(?<![\\w.])(?:subcutaneous(?:ly)?|sous-cutanée|subcutánea|subcutânea|subkutan|皮下)", "subcutaneous"},
            new String[] {"(?<![\\w.])(?:intramuscular(?:ly)?|intramusculaire|intramuscul?ar|肌肉|肌注)", "intramuscular"},
            new String[] {"(?<![\\w.])(?:intranasal(?:ly)?|nasal use|nasale|鼻)", "intranasal"},
            new String[] {"(?<![\\w.])(?:inhal(?:ation|ed)|inhalation use)", "inhalation"});
    private static final List<Pattern> PATTERNS = WORDS.stream()
            .map(w -> Pattern.compile(w[0] + "(?![\\w])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    // A label this close to a mention of a drug is about that drug (a product table's row, an EU register IMP block).
    private static final int NEAR = 2500;

    private final List<Route> routes;

    private RouteLabels(List<Route> routes) {
        this.routes = routes;
    }

    static RouteLabels find(String text) {
        List<Route> out = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            String value = m.group(1);
            if (value == null) {
                Matcher next = NEXT_LINE.matcher(text);
                next.region(m.end(), text.length());
                value = next.lookingAt() ? next.group(1) : null;
            }
            String route = value == null ? null : route(value);
            if (route != null) {
                out.add(new Route(route, m.start(), m.end()));
            }
        }
        return new RouteLabels(List.copyOf(out));
    }

    /** The one route a label's value names, or null when it names none or several ("oral or intravenous"). */
    static String route(String value) {
        String found = null;
        for (int i = 0; i < PATTERNS.size(); i++) {
            if (PATTERNS.get(i).matcher(value).find()) {
                if (found != null) {
                    return null;
                }
                found = WORDS.get(i)[1];
            }
        }
        return found;
    }

    /**
     * The route for a drug named at the given offsets: the label nearest a mention within {@link #NEAR}, else the
     * route every label of the document gives when they agree; null when there is none or they differ.
     */
    String forMentions(List<Integer> mentions) {
        Route best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Route r : routes) {
            for (int at : mentions) {
                int d = Math.abs(r.start() - at);
                if (d <= NEAR && d < bestDistance) {
                    best = r;
                    bestDistance = d;
                }
            }
        }
        if (best != null) {
            return best.route();
        }
        String one = null;
        for (Route r : routes) {
            if (one != null && !one.equals(r.route())) {
                return null;
            }
            one = r.route();
        }
        return one;
    }

    List<Route> routes() {
        return routes;
    }

    @Override
    public String toString() {
        return routes.toString().toLowerCase(Locale.ROOT);
    }
}
