package org.trialkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of trials, one document per trial. A writable index keeps one {@link IndexWriter} and a
 * near-real-time searcher that sees updates without reopening; a read-only index only searches.
 *
 * <pre>{@code
 * try (TrialIndex index = TrialIndex.open(dir, true)) {
 *     index.update(doc);
 *     index.commit();
 *     SearchResult r = index.search(SearchRequest.of("JS001", 10));
 * }
 * }</pre>
 */
public final class TrialIndex implements AutoCloseable {
    /**
     * A query whose words together find fewer trials than this is run again relaxed. One, that is only when no trial
     * matches every word: a precise query that finds one or two trials should not be padded with partial matches.
     * Measured by RankingAblationTest on the judged queries (as shipped: tuning half 1.000 / 1.000 / 0.960 within
     * rank / MRR / P@10, held-out 0.956 / 0.972 / 0.870): 0, never relaxed: tuning 0.974 / 0.974 / 0.933 (a question
     * finds nothing); 2: the tuning half does not move (held-out P@10 0.881); 3: tuning 0.974 / 0.982 ("Scandi Bio"
     * finds its trial third, after partial matches); 10: tuning 0.868 / 0.889 / 0.923. The tuning half cannot tell 1
     * from 2 apart and is against 3 or more.
     */
    static final int RELAX_BELOW = 1;
    private static final FieldType TEXT_STORED = textType();
    // Best score first; trials of equal score in the order of their IRIs (an index written before that field existed
    // has none, and its ties keep the order in which the trials were written).
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE,
            new SortField(TrialFields.IRI_ORDER, SortField.Type.STRING));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer queryAnalyzer = TrialAnalyzers.forQueries();
    private final FacetsConfig facetsConfig = facetsConfig();

    private TrialIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens the index in a folder; a writable one is created when missing, a read-only one must exist. */
    public static TrialIndex open(Path dir, boolean writable) {
        try {
            Directory d = FSDirectory.open(dir);
            if (writable) {
                Files.createDirectories(dir);
                IndexWriterConfig cfg = new IndexWriterConfig(TrialAnalyzers.forIndexing());
                cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
                cfg.setRAMBufferSizeMB(64);
                IndexWriter w = new IndexWriter(d, cfg);
                return new TrialIndex(d, w, new SearcherManager(w, null));
            }
            if (!DirectoryReader.indexExists(d)) {
                d.close();
                throw new SearchException("no search index in " + dir + "; run 'trialkg ingest' or 'trialkg reindex' first", null);
            }
            return new TrialIndex(d, null, new SearcherManager(d, null));
        } catch (IOException e) {
            throw new SearchException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, for tests. */
    public static TrialIndex inMemory() {
        try {
            Directory d = new org.apache.lucene.store.ByteBuffersDirectory();
            IndexWriter w = new IndexWriter(d, new IndexWriterConfig(TrialAnalyzers.forIndexing()));
            return new TrialIndex(d, w, new SearcherManager(w, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the trial's document, replacing the one with the same IRI. */
    public void update(TrialDocument t) {
        requireWritable();
        try {
            writer.updateDocument(new Term(TrialFields.IRI, t.iri()), facetsConfig.build(toLucene(t)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + t.iri(), e);
        }
    }

    /** Removes the trials' documents. */
    public void delete(List<String> iris) {
        requireWritable();
        try {
            for (String iri : iris) {
                writer.deleteDocuments(new Term(TrialFields.IRI, iri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every document. */
    public void deleteAll() {
        requireWritable();
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable and visible to new searches. */
    public void commit() {
        requireWritable();
        try {
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index", e);
        }
    }

    /** Makes the changes visible to new searches without making them durable (near-real-time). */
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the search index", e);
        }
    }

    /**
     * Runs a search and returns the requested page of hits. A query that spells one registry ID, however written,
     * finds the trial with that ID (registry or secondary) if there is one; otherwise every word must match, and when
     * that finds fewer than {@link #RELAX_BELOW} trials, most of the words suffice and the result says it is relaxed.
     * Snippets are built for the page only: highlighting is the costly part of a search, and a deep page must not
     * pay for every hit above it.
     */
    public SearchResult search(SearchRequest request) {
        return search(request, null, Ranking.DEFAULT);
    }

    /**
     * Runs a search as {@link #search(SearchRequest)} does, and stops it, as its time limit would, once
     * {@code abandoned} says nobody waits for the answer any more (a server's client closed its connection).
     */
    public SearchResult search(SearchRequest request, BooleanSupplier abandoned) {
        return search(request, abandoned, Ranking.DEFAULT);
    }

    /**
     * Runs a search as {@link #search(SearchRequest)} does, ranked with other field weights and constants than the
     * tuned ones: for measuring a ranking against judged queries on one index, without indexing again.
     */
    public SearchResult search(SearchRequest request, Ranking ranking) {
        return search(request, null, java.util.Objects.requireNonNull(ranking, "ranking"));
    }

    private SearchResult search(SearchRequest request, BooleanSupplier abandoned, Ranking ranking) {
        IndexSearcher shared = acquire();
        try {
            // A searcher of its own over the same reader (cheap: no I/O), so that this request's time limit does
            // not apply to searches running beside it on the shared one.
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            // BM25's parameters are read at search time; the norms the index keeps hold field lengths alone
            searcher.setSimilarity(new BM25Similarity(ranking.bm25().k1(), ranking.bm25().b()));
            QueryTimeout limit = request.timeout().isZero() ? null : new QueryTimeoutImpl(request.timeout().toMillis());
            if (limit != null || abandoned != null) {
                searcher.setTimeout(() -> (abandoned != null && abandoned.getAsBoolean())
                        || (limit != null && limit.shouldExit()));
            }
            Optional<Query> byId = TrialQueryParser.idQuery(request.query());
            SearchResult byIdResult = null;
            if (byId.isPresent()) {
                byIdResult = run(searcher, withFilters(byId.get(), request.filters()), request, false, null);
                if (byIdResult.total() > 0) {
                    return byIdResult;
                }
            }
            TrialQueryParser.Parsed parsed;
            try {
                parsed = new TrialQueryParser(queryAnalyzer, searcher.getIndexReader(), ranking).parse(request.query());
            } catch (InvalidQueryException e) {
                // A registry ID typed with its label ("EudraCT Number: 2014 005098 35") is an ID search, not a field
                // query: when no trial has that ID, the answer is no trial, not a complaint about the field.
                if (byIdResult != null) {
                    return byIdResult;
                }
                throw e;
            }
            String didYouMean = parsed.didYouMean().orElse(null);
            SearchResult strict = run(searcher, withFilters(parsed.strict(), request.filters()), request, false, didYouMean);
            if (strict.total() >= ranking.relax().below() || parsed.relaxed().isEmpty()) {
                return strict;
            }
            SearchResult relaxed = run(searcher, withFilters(parsed.relaxed().get(), request.filters()), request, true,
                    didYouMean);
            return relaxed.total() > strict.total() ? relaxed : strict;
        } catch (SearchTimeoutException e) {
            if (abandoned != null && abandoned.getAsBoolean()) {
                throw new SearchTimeoutException("the search '" + shorten(request.query())
                        + "' was stopped: nobody waits for its answer any more");
            }
            throw e;
        } catch (IndexSearcher.TooManyClauses e) {
            // Thrown while rewriting: many wildcard or fuzzy words expand past Lucene's clause limit. The query is
            // the caller's to narrow, so this is an invalid query, not a failure of the index.
            throw new InvalidQueryException("the query '" + shorten(request.query()) + "' expands to more than "
                    + IndexSearcher.getMaxClauseCount() + " terms; use fewer wildcard or fuzzy words, or longer prefixes", e);
        } catch (IOException e) {
            throw new SearchException("cannot read the search index: " + e.getMessage(), e);
        } finally {
            release(shared);
        }
    }

    private static void checkTime(IndexSearcher searcher, SearchRequest request) {
        if (searcher.timedOut()) {
            throw new SearchTimeoutException("the search '" + shorten(request.query()) + "' ran past its limit of "
                    + request.timeout().toMillis() + " ms and was stopped; narrow it with more words or filters");
        }
    }

    private SearchResult run(IndexSearcher searcher, Query query, SearchRequest request, boolean relaxed,
            String didYouMean) throws IOException {
        int window = request.offset() + request.limit();
        TopDocs top;
        Map<String, List<SearchResult.FacetCount>> facets = Map.of();
        if (request.facets()) {
            FacetsCollectorManager.FacetsResult fr = FacetsCollectorManager.search(
                    searcher, query, Math.max(1, window), BY_SCORE, true, new FacetsCollectorManager());
            top = fr.topDocs();
            checkTime(searcher, request);
            facets = facetCounts(searcher, fr);
        } else {
            // every hit counted, so that the total is exact ("1,001 trials" was Lucene's lower bound past 1,000)
            top = searcher.search(query, new TopFieldCollectorManager(BY_SCORE, Math.max(1, window), null, Integer.MAX_VALUE));
        }
        checkTime(searcher, request);
        ScoreDoc[] page = top.scoreDocs.length <= request.offset() ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, request.offset(), top.scoreDocs.length);
        return new SearchResult(top.totalHits.value, hits(searcher, query, new TopDocs(top.totalHits, page)), facets,
                relaxed, didYouMean);
    }

    /** The IRIs of every trial in the index. */
    public Set<String> iris() {
        IndexSearcher searcher = acquire();
        try {
            Set<String> out = new HashSet<>();
            StoredFields stored = searcher.getIndexReader().storedFields();
            TopDocs all = searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs()));
            for (ScoreDoc sd : all.scoreDocs) {
                out.add(stored.document(sd.doc, Set.of(TrialFields.IRI)).get(TrialFields.IRI));
            }
            return out;
        } catch (IOException e) {
            throw new SearchException("cannot read the search index: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /**
     * How many distinct values a facet has over every trial ({@code drug}, {@code sponsor}, ...), from the facet
     * counts the index keeps rather than from the store.
     */
    public int distinctValues(String dim) {
        IndexSearcher searcher = acquire();
        try {
            SortedSetDocValuesReaderState state;
            try {
                state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
            } catch (IllegalArgumentException noFacetsYet) {
                return 0;
            }
            FacetResult r = new SortedSetDocValuesFacetCounts(state).getTopChildren(1, dim);
            return r == null ? 0 : r.childCount;
        } catch (IllegalArgumentException absentDim) {
            return 0;
        } catch (IOException e) {
            throw new SearchException("cannot read the search index: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /** How many trials the index holds. */
    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        // Highlight the rewritten query: a fuzzy or prefix term becomes the words it matched, which the highlighter
        // finds in the postings; given the automaton instead it walks every term of every field (a second or more).
        Map<String, String[]> snippets = top.scoreDocs.length == 0 ? Map.of()
                : UnifiedHighlighter.builder(searcher, queryAnalyzer).withMaxLength(20_000).build()
                        .highlightFields(TrialFields.SNIPPET_FIELDS, searcher.rewrite(query), top);
        StoredFields stored = searcher.getIndexReader().storedFields();
        List<SearchResult.Hit> out = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc);
            String snippet = null;
            String snippetField = null;
            for (String f : TrialFields.SNIPPET_FIELDS) {
                String[] s = snippets.get(f);
                if (s != null && s[i] != null && s[i].contains("<b>")) {
                    snippet = s[i];
                    snippetField = f;
                    break;
                }
            }
            if (snippet == null) {
                snippet = d.get(TrialFields.SUMMARY) == null ? null : shorten(d.get(TrialFields.SUMMARY));
                snippetField = snippet == null ? null : TrialFields.SUMMARY;
            }
            // sorted hits carry their score as the first sort value
            float score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : sd.score;
            out.add(new SearchResult.Hit(d.get(TrialFields.IRI), score, d.get(TrialFields.TITLE),
                    List.of(d.getValues(TrialFields.ID)), snippet, snippetField));
        }
        return out;
    }

    private Map<String, List<SearchResult.FacetCount>> facetCounts(IndexSearcher searcher,
            FacetsCollectorManager.FacetsResult fr) throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fr.facetsCollector());
        for (String dim : TrialFields.FACETS) {
            FacetResult r;
            try {
                r = counts.getTopChildren(20, dim);
            } catch (IllegalArgumentException absentDim) {
                continue;
            }
            if (r != null) {
                List<SearchResult.FacetCount> values = new ArrayList<>();
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                }
                out.put(dim, values);
            }
        }
        return out;
    }

    private static Query withFilters(Query q, Map<String, List<String>> filters) {
        if (filters.isEmpty()) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
        for (var e : filters.entrySet()) {
            List<BytesRef> values = e.getValue().stream().map(v -> new BytesRef(facetValue(e.getKey(), v))).toList();
            b.add(new TermInSetQuery(TrialFields.facetField(e.getKey()), values), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    // Enumerations and country codes are upper-case; names keep their case. Filters accept either for enumerations.
    private static String facetValue(String dim, String v) {
        return switch (dim) {
            case TrialFields.PHASE, TrialFields.STATUS, TrialFields.TYPE, TrialFields.COUNTRY ->
                    v.strip().toUpperCase(java.util.Locale.ROOT);
            default -> v.strip();
        };
    }

    private Document toLucene(TrialDocument t) {
        Document d = new Document();
        d.add(new StringField(TrialFields.IRI, t.iri(), Field.Store.YES));
        d.add(new SortedDocValuesField(TrialFields.IRI_ORDER, new BytesRef(t.iri())));
        for (String id : t.ids().registry()) {
            d.add(new Field(TrialFields.ID, id, TEXT_STORED));
        }
        for (String other : t.ids().secondary()) {
            for (String key : IdQuery.keysOf(other)) {
                d.add(new TextField(TrialFields.OTHER_ID, key, Field.Store.NO));
            }
        }
        text(d, TrialFields.TITLE, t.titles().title());
        t.titles().other().forEach(v -> text(d, TrialFields.OTHER_TITLE, v));
        for (String acronym : t.titles().acronyms()) {
            text(d, TrialFields.ACRONYM, acronym);
            d.add(new StringField(TrialFields.ACRONYM_EXACT, TrialFields.acronymKey(acronym), Field.Store.NO));
        }
        text(d, TrialFields.SUMMARY, t.texts().summary());
        t.texts().conditions().forEach(v -> text(d, TrialFields.CONDITION, v));
        t.texts().interventions().forEach(v -> text(d, TrialFields.INTERVENTION, v));
        t.drugs().names().forEach(v -> text(d, TrialFields.DRUG, v));
        t.drugs().synonyms().forEach(v -> text(d, TrialFields.DRUG, v));
        t.drugs().classes().forEach(v -> text(d, TrialFields.DRUG_CLASS, v));
        t.parties().sponsors().forEach(v -> text(d, TrialFields.SPONSOR, v));
        // every spelling is searched beside the organisation's name, even one that differs from it only in case: the
        // analyzer splits "AstraZeneca" where the case changes, which the name's "Astrazeneca" no longer allows
        t.parties().sponsorSpellings().stream().filter(v -> !t.parties().sponsors().contains(v))
                .forEach(v -> text(d, TrialFields.SPONSOR, v));
        t.parties().sites().forEach(v -> text(d, TrialFields.SITE, v));
        for (String c : t.parties().countries()) {
            text(d, TrialFields.COUNTRY, c + " " + countryName(c));
        }
        text(d, TrialFields.ELIGIBILITY, t.texts().eligibility());
        t.texts().outcomes().forEach(v -> text(d, TrialFields.OUTCOME, v));
        keyword(d, TrialFields.PHASE, t.facets().phases());
        keyword(d, TrialFields.STATUS, t.facets().status() == null ? List.of() : List.of(t.facets().status()));
        keyword(d, TrialFields.TYPE, t.facets().studyType() == null ? List.of() : List.of(t.facets().studyType()));
        keyword(d, TrialFields.YEAR, t.facets().startYear() == null ? List.of() : List.of(t.facets().startYear().toString()));
        facetOnly(d, TrialFields.COUNTRY, t.parties().countries());
        facetOnly(d, TrialFields.DRUG, t.drugs().names());
        facetOnly(d, TrialFields.DRUG_CLASS, t.drugs().classes());
        facetOnly(d, TrialFields.SPONSOR, t.parties().sponsors());
        return d;
    }

    private static void text(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new Field(field, value, TEXT_STORED));
        }
    }

    // A value that is searchable (field:value), filterable (exact) and counted as a facet.
    private static void keyword(Document d, String dim, List<String> values) {
        for (String v : values) {
            d.add(new Field(dim, v, TEXT_STORED));
        }
        facetOnly(d, dim, values);
    }

    private static void facetOnly(Document d, String dim, List<String> values) {
        for (String v : new java.util.LinkedHashSet<>(values)) {
            if (v == null || v.isBlank()) {
                continue;
            }
            String fv = facetValue(dim, v);
            d.add(new StringField(TrialFields.facetField(dim), fv, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(dim, fv));
        }
    }

    private static String countryName(String code) {
        if (code.length() != 2) {
            return "";
        }
        String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
        return name.equalsIgnoreCase(code) ? "" : name;
    }

    private static String shorten(String s) {
        return s.length() <= 240 ? s : s.substring(0, s.lastIndexOf(' ', 240) > 0 ? s.lastIndexOf(' ', 240) : 240) + " ...";
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : TrialFields.FACETS) {
            c.setMultiValued(dim, true);
        }
        return c;
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        // offsets in the postings let the highlighter find passages without re-analysing the text
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private IndexSearcher acquire() {
        try {
            searchers.maybeRefresh();
            return searchers.acquire();
        } catch (IOException e) {
            throw new SearchException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("the search index was opened read-only");
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
