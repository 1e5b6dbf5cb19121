package org.trialkg.search;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;

/**
 * The analyzers of the trial index. Text folds case and accents and stems lightly (KStem); research codes stay
 * whole and match their variants: {@code JS001}, {@code JS-001}, {@code JS 001} and {@code js001} all give the
 * tokens {@code js}, {@code 001} and {@code js001}. The names COVID-19 went by in 2020 ({@code 2019-nCoV},
 * {@code SARS-CoV-2}) are indexed as one another. Names of sponsors and interventions are also split where the case
 * changes, keeping the whole name: {@code GlaxoSmithKline} gives {@code glaxosmithkline}, {@code glaxo}, {@code smith}
 * and {@code kline}, so that "Glaxo" or "Astra Zeneca" finds it. Identifiers are single tokens of their letters and
 * digits ({@code 2014-005098-35} is {@code 201400509835}), so that however an ID is punctuated it matches; facet
 * values are single lower-cased tokens.
 */
public final class TrialAnalyzers {
    // Split at punctuation and at letter/digit boundaries, and also emit the parts joined: "SHR-1210" -> shr, 1210, shr1210.
    private static final int WORD_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.CATENATE_ALL
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
    // Company and product names glue words together ("TrueBinding", "ScandiBio", "AstraZeneca"): split them at case
    // changes too, and keep the name as written. Only for these fields: in running text a case change is rarely a
    // word boundary ("McMaster", "iPhone" in a title are one word to a reader).
    private static final int NAME_FLAGS = WORD_FLAGS | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");

    // Registries wrote the disease and the virus under several names, often in one export; each finds the others.
    // Applied when indexing only: every name in a document also stands for the others, so any name in a query matches.
    private static final SynonymMap COVID_NAMES = equivalents("covid19", "2019ncov", "sarscov2", "ncov");

    private TrialAnalyzers() {
    }

    /** Analyzer for writing documents: the word-delimiter graph flattened, as the index requires. */
    public static Analyzer forIndexing() {
        return perField(new TextAnalyzer(true, WORD_FLAGS), new TextAnalyzer(true, NAME_FLAGS));
    }

    /** Analyzer for reading queries: the token graph kept, so that the query parser builds alternatives. */
    public static Analyzer forQueries() {
        return perField(new TextAnalyzer(false, WORD_FLAGS), new TextAnalyzer(false, NAME_FLAGS));
    }

    private static Analyzer perField(Analyzer text, Analyzer names) {
        Analyzer keyword = new KeywordLowerAnalyzer();
        Analyzer id = new IdAnalyzer();
        return new PerFieldAnalyzerWrapper(text, Map.of(
                TrialFields.ID, id,
                TrialFields.OTHER_ID, id,
                TrialFields.SPONSOR, names,
                TrialFields.INTERVENTION, names,
                TrialFields.PHASE, keyword,
                TrialFields.STATUS, keyword,
                TrialFields.TYPE, keyword,
                TrialFields.YEAR, keyword));
    }

    /** Free text. */
    static final class TextAnalyzer extends Analyzer {
        private final boolean indexing;
        private final int flags;

        TextAnalyzer(boolean indexing, int flags) {
            this.indexing = indexing;
            this.flags = flags;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            TokenStream s = new WordDelimiterGraphFilter(source, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
                    flags, null);
            if (indexing) {
                s = new FlattenGraphFilter(s);
            }
            s = new LowerCaseFilter(s);
            s = new ASCIIFoldingFilter(s);
            s = new KStemFilter(s);
            if (indexing) {
                s = new SynonymGraphFilter(s, COVID_NAMES, true);
                // One word for one word: in free text the names are stacked on the word's position, a flat stream
                // that a second graph-flattening filter would not change (the two were a fifth of the time indexing
                // took). A name field keeps the word as written beside its parts, which spans positions: flattened.
                if ((flags & WordDelimiterGraphFilter.PRESERVE_ORIGINAL) != 0) {
                    s = new FlattenGraphFilter(s);
                }
            }
            return new TokenStreamComponents(source, s);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            // prefix and fuzzy terms are not analysed, only folded
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static SynonymMap equivalents(String... terms) {
        SynonymMap.Builder b = new SynonymMap.Builder(true);
        for (String from : terms) {
            for (String to : terms) {
                if (!from.equals(to)) {
                    b.add(new CharsRef(from), new CharsRef(to), true);
                }
            }
        }
        try {
            return b.build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Identifiers: the whole value, lower-cased, letters and digits only (the key of {@link IdQuery#key}). */
    static final class IdAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, normalize(fieldName, source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(new PatternReplaceFilter(in, NOT_ALNUM, "", true)));
        }
    }

    /** Whole value, lower-cased: enumerations. */
    static final class KeywordLowerAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
