package org.trialkg.enrich.drug.vocab;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.trialkg.vocab.TK;

/**
 * Reads Drugs@FDA {@code Products.txt} (tab-separated; {@code DrugName} is the brand, {@code ActiveIngredient} the
 * active ingredients joined by {@code ;}) into SKOS drug concepts: one per active ingredient, named by its parent
 * drug (a salt form such as "IRINOTECAN HYDROCHLORIDE" is an alternative label of irinotecan), with every brand of a
 * single-ingredient product as an alternative label.
 *
 * <p>A brand of a combination product names no single drug, and a brand used for products of two different drugs
 * is ambiguous: neither becomes a label. A combination of two to {@value #MAX_INGREDIENTS} drugs is a concept of its
 * own, named by its ingredients ("efavirenz/emtricitabine/tenofovir disoproxil") and by its brands (Atripla), with
 * each ingredient linked by {@code tk:hasIngredient}; a combination the known scheme has already (Kaletra's
 * lopinavir/ritonavir) gets the brands only. Mixtures of more (infusion fluids, multivitamins) are left out.
 *
 * <pre>{@code
 * Model m = new DrugsAtFdaProducts(KnownDrugs.of(shipped)).read(Files.newBufferedReader(productsTxt));
 * }</pre>
 */
public final class DrugsAtFdaProducts {
    /** The header cells this reader needs; the file is recognised by them. */
    public static final List<String> REQUIRED_COLUMNS = List.of("ApplNo", "DrugName", "ActiveIngredient");

    /** The most ingredients a combination concept has; products with more are fluids and vitamin mixtures. */
    public static final int MAX_INGREDIENTS = 4;

    private final KnownDrugs known;

    public DrugsAtFdaProducts(KnownDrugs known) {
        this.known = Objects.requireNonNull(known, "known drugs");
    }

    /** The concepts of every product row; rows without an active ingredient are skipped. */
    public Model read(Reader tsv) {
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        Map<String, Set<String>> brandDrugs = new LinkedHashMap<>();
        Set<String> combinationBrands = new HashSet<>();
        Map<String, String> conceptOfIngredient = new HashMap<>();
        Map<String, String> parentNames = new HashMap<>();
        Map<Set<String>, Set<String>> combinations = new LinkedHashMap<>();
        // Jackson's CSV parser, with tabs and no quote character: Products.txt quotes nothing, and a '"' in a brand
        // name is part of the name.
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar();
        try (MappingIterator<String[]> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(String[].class).with(schema).readValues(tsv)) {
            if (!rows.hasNext()) {
                throw new IllegalArgumentException("Drugs@FDA Products.txt: the file is empty");
            }
            List<String> cols = List.of(rows.next());
            for (String c : REQUIRED_COLUMNS) {
                if (!cols.contains(c)) {
                    throw new IllegalArgumentException("Drugs@FDA Products.txt: expected the tab-separated column '"
                            + c + "', found " + cols);
                }
            }
            int brandCol = cols.indexOf("DrugName");
            int ingredientCol = cols.indexOf("ActiveIngredient");
            while (rows.hasNext()) {
                String[] f = rows.next();
                if (f.length <= Math.max(brandCol, ingredientCol) || f[ingredientCol].isBlank()) {
                    continue;
                }
                String brand = f[brandCol].strip();
                Ingredients parts = ingredients(f[ingredientCol]);
                Set<String> drugs = new LinkedHashSet<>();
                for (String part : parts.names()) {
                    if (DrugConcepts.key(part).isEmpty()) {
                        continue;
                    }
                    String iri = conceptOfIngredient.computeIfAbsent(part, p -> conceptOf(p, parentNames));
                    drugs.add(iri);
                    Set<String> names = labels.computeIfAbsent(iri, k -> new LinkedHashSet<>());
                    if (!DrugConcepts.key(part).equals(DrugConcepts.key(SaltForms.parent(part)))) {
                        names.add(part); // the salt form as written
                    }
                }
                boolean whole = parts.names().size() == parts.count();
                if (parts.combination() && whole && drugs.size() >= 2 && drugs.size() <= MAX_INGREDIENTS) {
                    Set<String> brands = combinations.computeIfAbsent(Set.copyOf(drugs), k -> new LinkedHashSet<>());
                    if (!brand.isEmpty()) {
                        brands.add(brand);
                    }
                }
                if (brand.isEmpty()) {
                    continue;
                }
                if (parts.combination() || drugs.size() != 1) {
                    combinationBrands.add(DrugConcepts.key(brand));
                } else {
                    brandDrugs.computeIfAbsent(brand, k -> new LinkedHashSet<>()).addAll(drugs);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading Drugs@FDA Products.txt: " + e.getMessage(), e);
        }
        Map<String, Set<String>> drugsOfBrandKey = new HashMap<>();
        brandDrugs.forEach((b, d) -> drugsOfBrandKey.computeIfAbsent(DrugConcepts.key(b), k -> new HashSet<>())
                .addAll(d));
        brandDrugs.forEach((brand, drugs) -> {
            String key = DrugConcepts.key(brand);
            if (!combinationBrands.contains(key) && drugsOfBrandKey.get(key).size() == 1
                    && DrugConcepts.usableOtherName(brand)) {
                labels.get(drugs.iterator().next()).add(brand);
            }
        });
        Model m = model(labels, parentNames);
        combinations(m, combinations, drugsOfBrandKey, parentNames);
        return m;
    }

    /**
     * The combination concepts, each with the brands that name it and no other product: a brand of two ingredient
     * sets, or of a single-ingredient product too, names neither.
     */
    private void combinations(Model m, Map<Set<String>, Set<String>> combinations,
            Map<String, Set<String>> singleBrands, Map<String, String> parentNames) {
        Map<String, Set<Set<String>>> setsOfBrand = new HashMap<>();
        combinations.forEach((drugs, brands) -> brands.forEach(b -> setsOfBrand
                .computeIfAbsent(DrugConcepts.key(b), k -> new HashSet<>()).add(drugs)));
        combinations.forEach((drugs, brands) -> {
            List<String> names = new ArrayList<>();
            for (String d : drugs) {
                names.add(label(d, parentNames).toLowerCase(Locale.ROOT));
            }
            names.sort(null);
            String label = String.join("/", names);
            var curated = known.byIngredients(drugs);
            Resource c;
            if (curated.isPresent()) {
                c = m.createResource(curated.get());
                known.prefLabel(curated.get()).ifPresent(l -> c.addProperty(SKOS.prefLabel, l));
            } else {
                c = DrugConcepts.concept(m, DrugConcepts.iri(label));
                c.addProperty(SKOS.prefLabel, label, "en");
                drugs.forEach(d -> c.addProperty(TK.hasIngredient, m.createResource(d)));
            }
            for (String b : brands) {
                String key = DrugConcepts.key(b);
                if (setsOfBrand.get(key).size() == 1 && !singleBrands.containsKey(key)
                        && DrugConcepts.usableOtherName(b)) {
                    c.addProperty(SKOS.altLabel, b, "en");
                }
            }
        });
    }

    private Model model(Map<String, Set<String>> labels, Map<String, String> parentNames) {
        Model m = ModelFactory.createDefaultModel();
        labels.forEach((iri, names) -> {
            Resource c = DrugConcepts.concept(m, iri);
            var pref = known.prefLabel(iri);
            if (pref.isPresent()) {
                c.addProperty(SKOS.prefLabel, pref.get());
            } else {
                c.addProperty(SKOS.prefLabel, parentNames.get(iri), "en");
            }
            String prefKey = DrugConcepts.key(label(iri, parentNames));
            for (String n : names) {
                if (!DrugConcepts.key(n).equals(prefKey)) {
                    c.addProperty(SKOS.altLabel, n, "en");
                }
            }
        });
        return m;
    }

    /** A concept's name: the known scheme's preferred label, else the parent name its ingredient gave it. */
    private String label(String iri, Map<String, String> parentNames) {
        return known.prefLabel(iri).map(Literal::getLexicalForm).orElseGet(() -> parentNames.get(iri));
    }

    private String conceptOf(String ingredient, Map<String, String> parentNames) {
        String parent = SaltForms.parent(ingredient);
        String iri = known.byName(parent).or(() -> known.byName(ingredient)).orElseGet(() -> DrugConcepts.iri(parent));
        parentNames.putIfAbsent(iri, parent);
        return iri;
    }

    /** The nameable ingredients of a product, whether it has more than one active ingredient, and how many it lists. */
    private record Ingredients(List<String> names, boolean combination, int count) {
    }

    // "TRIPLE SULFA (SULFABENZAMIDE;SULFACETAMIDE;SULFATHIAZOLE)" is one product of three: its parts are not names.
    private static Ingredients ingredients(String field) {
        String[] parts = field.split(";");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String s = p.strip();
            if (!s.isEmpty() && s.indexOf('(') < 0 && s.indexOf(')') < 0) {
                out.add(s);
            }
        }
        return new Ingredients(out, parts.length > 1, parts.length);
    }
}
