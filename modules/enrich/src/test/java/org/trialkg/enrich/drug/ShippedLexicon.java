package org.trialkg.enrich.drug;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped drug vocabulary for tests: from the classpath once the vocab module serves it, else from the file. */
final class ShippedLexicon {
    private static final SkosDrugLexicon LEXICON = load();

    private ShippedLexicon() {
    }

    static SkosDrugLexicon get() {
        return LEXICON;
    }

    static Path file() {
        return Path.of("../../ontology/drugs.ttl");
    }

    private static SkosDrugLexicon load() {
        if (SkosDrugLexicon.class.getResource(SkosDrugLexicon.SHIPPED_RESOURCE) != null) {
            return SkosDrugLexicon.shipped();
        }
        if (!Files.isRegularFile(file())) {
            throw new IllegalStateException("ontology/drugs.ttl not found at " + file().toAbsolutePath());
        }
        return SkosDrugLexicon.builder().add(file()).build();
    }
}
