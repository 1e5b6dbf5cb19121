package org.trialkg.enrich.regimen;

import java.util.Locale;
import java.util.regex.Pattern;

/** Radiotherapy techniques and the words that name a radiotherapy course. */
final class Techniques {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A named technique; {@link #name(String)} gives its short name. */
    static final Pattern PATTERN = Pattern.compile("\\b(?:IMRT|VMAT|SBRT|SABR|SRS|IGRT|3D-?CRT|tomotherapy"
            + "|proton(?:\\s+beam)?(?:\\s+therapy)?|stereotactic\\s+(?:body\\s+)?radi(?:ation\\s+therapy|otherapy)"
            + "|stereotactic\\s+ablative\\s+(?:body\\s+)?radi(?:ation\\s+therapy|otherapy)|stereotactic\\s+radiosurgery"
            + "|intensity[-\\s]modulated\\s+radi(?:ation\\s+therapy|otherapy)"
            + "|volumetric[-\\s]modulated\\s+arc\\s+(?:therapy|radiotherapy)"
            + "|three[-\\s]dimensional\\s+conformal\\s+radi(?:ation\\s+therapy|otherapy))\\b", FLAGS);

    /** A word that names a radiotherapy course, or a technique. */
    static final Pattern ANCHOR = Pattern.compile("\\b(?:chemo-?radiotherapy|chemo-?radiation|radiotherapy"
            + "|radiation\\s+therapy|radiation|irradiation|RT|TRT)\\b|" + PATTERN.pattern(), FLAGS);

    private Techniques() {
    }

    static String name(String written) {
        String w = written.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
        if (w.startsWith("stereotactic radiosurgery") || w.equals("srs")) {
            return "SRS";
        }
        if (w.startsWith("stereotactic ablative") || w.equals("sabr")) {
            return "SABR";
        }
        if (w.startsWith("stereotactic") || w.equals("sbrt")) {
            return "SBRT";
        }
        if (w.startsWith("intensity") || w.equals("imrt")) {
            return "IMRT";
        }
        if (w.startsWith("volumetric") || w.equals("vmat")) {
            return "VMAT";
        }
        if (w.startsWith("three") || w.startsWith("3d")) {
            return "3D-CRT";
        }
        if (w.startsWith("proton")) {
            return "proton";
        }
        return w.equals("tomotherapy") ? "tomotherapy" : written.toUpperCase(Locale.ROOT);
    }
}
