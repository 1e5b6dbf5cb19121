package org.trialkg.search;

import java.util.Map;
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
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;

/**
 * The analyzers of the trial index. Text folds case and accents and stems lightly (KStem); research codes stay
 * whole and match their variants: {@code JS001}, {@code JS-001}, {@code JS 001} and {@code js001} all give the
 * tokens {@code js}, {@code 001} and {@code js001}. The names COVID-19 went by in 2020 ({@code 2019-nCoV},
 * {@code SARS-CoV-2}) are indexed as one another. Identifiers and facet values are single lower-cased tokens.
 */
public final class TrialAnalyzers {
    // Split at punctuation and at letter/digit boundaries, and also emit the parts joined: "SHR-1210" -> shr, 1210, shr1210.
    private static final int WORD_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.CATENATE_ALL
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

    // Registries wrote the disease and the virus under several names, often in one export; each finds the others.
    // Applied when indexing only: every name in a document also stands for the others, so any name in a query matches.
    private static final SynonymMap COVID_NAMES = equivalents("covid19", "2019ncov", "sarscov2", "ncov");

    private TrialAnalyzers() {
    }

    /** Analyzer for writing documents: the word-delimiter graph flattened, as the index requires. */
    public static Analyzer forIndexing() {
        return perField(new TextAnalyzer(true));
    }

    /** Analyzer for reading queries: the token graph kept, so that the query parser builds alternatives. */
    public static Analyzer forQueries() {
        return perField(new TextAnalyzer(false));
    }

    private static Analyzer perField(Analyzer text) {
        Analyzer keyword = new KeywordLowerAnalyzer();
        return new PerFieldAnalyzerWrapper(text, Map.of(
                TrialFields.ID, keyword,
                TrialFields.PHASE, keyword,
                TrialFields.STATUS, keyword,
                TrialFields.TYPE, keyword,
                TrialFields.YEAR, keyword));
    }

    /** Free text. */
    static final class TextAnalyzer extends Analyzer {
        private final boolean indexing;

        TextAnalyzer(boolean indexing) {
            this.indexing = indexing;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            TokenStream s = new WordDelimiterGraphFilter(source, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
                    WORD_FLAGS, null);
            if (indexing) {
                s = new FlattenGraphFilter(s);
            }
            s = new LowerCaseFilter(s);
            s = new ASCIIFoldingFilter(s);
            s = new KStemFilter(s);
            if (indexing) {
                s = new FlattenGraphFilter(new SynonymGraphFilter(s, COVID_NAMES, true));
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

    /** Whole value, lower-cased: identifiers and enumerations. */
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
