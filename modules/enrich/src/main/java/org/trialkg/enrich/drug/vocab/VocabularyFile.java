package org.trialkg.enrich.drug.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * A drug vocabulary file in one of the formats trialkg reads, told apart by its header (not its name): the DrugBank
 * open vocabulary CSV, Drugs@FDA {@code Products.txt}, or SKOS in any RDF syntax Jena knows (Turtle by default).
 *
 * <pre>{@code
 * Model m = VocabularyFile.read(Path.of("drugbank vocabulary.csv"), KnownDrugs.of(shipped));
 * }</pre>
 */
public final class VocabularyFile {
    /** The formats, each with the name the command line prints. */
    public enum Format {
        DRUGBANK_CSV("DrugBank open vocabulary"), DRUGS_AT_FDA("Drugs@FDA products"), SKOS("SKOS");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private VocabularyFile() {
    }

    /** The format of a file, from its first line. */
    public static Format detect(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                throw new IllegalArgumentException(file + ": the file is empty");
            }
            first = first.replace("\uFEFF", "");
            if (first.startsWith("DrugBank ID,")) {
                return Format.DRUGBANK_CSV;
            }
            if (first.startsWith("ApplNo\t")) {
                return Format.DRUGS_AT_FDA;
            }
            return Format.SKOS;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text (a DrugBank CSV, a Drugs@FDA Products.txt "
                    + "or SKOS RDF is expected)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + ": " + e.getMessage(), e);
        }
    }

    /** The SKOS concepts of the file; drugs already known keep their IRIs. */
    public static Model read(Path file, KnownDrugs known) {
        Format f = detect(file);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return switch (f) {
                case DRUGBANK_CSV -> new DrugbankVocabulary(known).read(in);
                case DRUGS_AT_FDA -> new DrugsAtFdaProducts(known).read(in);
                case SKOS -> skos(file);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + ": " + e.getMessage(), e);
        }
    }

    // A SKOS file is loaded as it is: its IRIs are the user's to choose.
    private static Model skos(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString().toLowerCase(Locale.ROOT), Lang.TURTLE);
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).lang(lang).parse(m);
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": not a DrugBank CSV, a Drugs@FDA Products.txt, nor valid "
                    + lang.getLabel() + ": " + e.getMessage(), e);
        }
        return m;
    }
}
