package org.trialkg.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lay names of conditions and the medical names registries use for them, so that a search for "heart attack" finds
 * a trial of myocardial infarction. The medical names are MeSH headings or the names registries write (the index
 * also holds the MeSH headings ClinicalTrials.gov derived for each record, with its conditions); the lay names are
 * those patient-facing health pages use as titles (heart attack, high blood pressure, kidney failure, bowel cancer,
 * flu). The table is curated by hand: no vocabulary of lay names could be installed from the package registries
 * this project builds from, and MeSH entry terms could not be fetched to check it against.
 */
final class LaySynonyms {
    // Lay name (lower case, as typed) -> the medical names it stands for. Only multi-word or unambiguous names: a lay
    // word that is also a medical word ("stroke", "cancer") needs no entry.
    private static final Map<String, List<String>> TABLE = Map.ofEntries(
            Map.entry("heart attack", List.of("myocardial infarction")),
            Map.entry("heart attacks", List.of("myocardial infarction")),
            Map.entry("high blood pressure", List.of("hypertension")),
            Map.entry("low blood pressure", List.of("hypotension")),
            Map.entry("kidney failure", List.of("renal failure", "renal insufficiency", "end-stage renal disease",
                    "renal impairment")),
            Map.entry("renal failure", List.of("kidney failure", "renal insufficiency", "end-stage renal disease")),
            Map.entry("stomach cancer", List.of("gastric cancer", "gastric adenocarcinoma", "stomach neoplasms")),
            Map.entry("bowel cancer", List.of("colorectal cancer", "colon cancer", "rectal cancer",
                    "colon adenocarcinoma", "rectal adenocarcinoma", "colorectal neoplasms")),
            Map.entry("liver cancer", List.of("hepatocellular carcinoma", "liver neoplasms")),
            Map.entry("flu", List.of("influenza")),
            Map.entry("bird flu", List.of("avian influenza")),
            Map.entry("lung scarring", List.of("pulmonary fibrosis")),
            Map.entry("blood clot", List.of("thrombosis", "embolism")),
            Map.entry("blood clots", List.of("thrombosis", "embolism")),
            Map.entry("mini stroke", List.of("transient ischemic attack")),
            Map.entry("high cholesterol", List.of("hypercholesterolemia")),
            Map.entry("underactive thyroid", List.of("hypothyroidism")),
            Map.entry("overactive thyroid", List.of("hyperthyroidism")),
            Map.entry("shingles", List.of("herpes zoster")),
            Map.entry("whooping cough", List.of("pertussis")),
            Map.entry("heartburn", List.of("gastroesophageal reflux")),
            Map.entry("hay fever", List.of("allergic rhinitis")),
            Map.entry("blood poisoning", List.of("sepsis")),
            Map.entry("memory loss", List.of("amnesia", "memory impairment")));

    /** The longest lay name has this many words. */
    static final int MAX_WORDS = 3;

    private LaySynonyms() {
    }

    /** The medical names of a lay name, or an empty list. */
    static List<String> of(String words) {
        return TABLE.getOrDefault(words.toLowerCase(Locale.ROOT), List.of());
    }
}
