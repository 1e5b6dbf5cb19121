package org.trialkg.enrich.drug.vocab;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads the DrugBank open vocabulary CSV ({@code DrugBank ID, Accession Numbers, Common name, CAS, UNII, Synonyms,
 * Standard InChI Key}) into SKOS drug concepts: the common name is the preferred label (or an alternative one when
 * the drug is already known under another spelling), the {@code |}-separated synonyms are alternative labels, and
 * the DrugBank and UNII records are exact matches.
 *
 * <pre>{@code
 * Model m = new DrugbankVocabulary(KnownDrugs.of(shipped)).read(Files.newBufferedReader(csv));
 * }</pre>
 */
public final class DrugbankVocabulary {
    /** The header cells this reader needs; the file is recognised by them. */
    public static final List<String> REQUIRED_COLUMNS = List.of("DrugBank ID", "Common name", "UNII", "Synonyms");
    private static final Pattern DRUGBANK_ID = Pattern.compile("DB\\d{5}");
    private static final Pattern SYNONYM_SEPARATOR = Pattern.compile("\\s+\\|\\s+");

    private final KnownDrugs known;

    public DrugbankVocabulary(KnownDrugs known) {
        this.known = Objects.requireNonNull(known, "known drugs");
    }

    /** The concepts of every row with a DrugBank ID and a common name; other rows are skipped. */
    public Model read(Reader csv) {
        Model m = ModelFactory.createDefaultModel();
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            boolean checked = false;
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                if (!checked) {
                    checkColumns(row);
                    checked = true;
                }
                add(m, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the DrugBank vocabulary CSV: " + e.getMessage(), e);
        }
        return m;
    }

    private void add(Model m, Map<String, String> row) {
        String id = value(row, "DrugBank ID");
        String name = value(row, "Common name");
        if (id == null || name == null || !DRUGBANK_ID.matcher(id).matches()) {
            return;
        }
        String dbIri = DrugConcepts.DRUGBANK_BASE + id;
        String unii = value(row, "UNII");
        String iri = known.byExactMatch(dbIri)
                .or(() -> known.byName(name).filter(c -> !known.linkedToOtherDrugbank(c, dbIri)))
                .orElseGet(() -> mint(name, id));
        Resource c = DrugConcepts.concept(m, iri);
        Set<String> labels = new LinkedHashSet<>();
        var knownLabel = known.prefLabel(iri);
        if (knownLabel.isPresent()) {
            // a known drug keeps its preferred label; DrugBank's spelling of it is another name
            c.addProperty(SKOS.prefLabel, knownLabel.get());
            labels.add(name);
        } else {
            c.addProperty(SKOS.prefLabel, name, "en");
        }
        String synonyms = value(row, "Synonyms");
        if (synonyms != null) {
            for (String s : SYNONYM_SEPARATOR.split(synonyms)) {
                if (!s.isBlank() && !s.strip().equals(name) && DrugConcepts.usableOtherName(s)) {
                    labels.add(s.strip());
                }
            }
        }
        labels.forEach(l -> c.addProperty(SKOS.altLabel, l, "en"));
        c.addProperty(SKOS.exactMatch, m.createResource(dbIri));
        if (unii != null) {
            c.addProperty(SKOS.exactMatch, m.createResource(DrugConcepts.UNII_BASE + unii));
        }
    }

    // Two DrugBank records whose names fold to the same slug are told apart by the ID.
    private String mint(String name, String id) {
        String iri = DrugConcepts.iri(name);
        return known.byExactMatch(DrugConcepts.DRUGBANK_BASE + id).isPresent() || !known.linkedToOtherDrugbank(iri,
                DrugConcepts.DRUGBANK_BASE + id) ? iri : iri + "-" + id.toLowerCase(java.util.Locale.ROOT);
    }

    private static void checkColumns(Map<String, String> row) {
        for (String col : REQUIRED_COLUMNS) {
            if (!row.containsKey(col)) {
                throw new IllegalArgumentException("DrugBank vocabulary CSV: expected the column '" + col
                        + "', found " + row.keySet());
            }
        }
    }

    private static String value(Map<String, String> row, String col) {
        String v = row.get(col);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
