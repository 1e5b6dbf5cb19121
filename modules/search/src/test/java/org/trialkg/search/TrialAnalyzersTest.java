package org.trialkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.util.CharsRef;
import org.junit.jupiter.api.Test;

class TrialAnalyzersTest {
    private static final List<String> TEXTS = List.of(
            "Hydroxychloroquine for COVID-19 (SARS-CoV-2 infection): a randomised trial",
            "2019-nCoV pneumonia treated with Lopinavir/Ritonavir, nCoV, covid19 and SARS CoV 2",
            "Toripalimab (JS001, JS-001) plus TP regimen in PD-1/PD-L1 high NSCLC; 45-50.4 Gy/25-28 F",
            "Sun Yat-sen University Cancer Center; Jiangsu HengRui Medicine Co., Ltd. iPhone McMaster",
            "COVID19 COVID 19 Covid-19-related ARDS, post-COVID-19 condition (long COVID)");

    /**
     * The same tokens as with a second graph-flattening filter after the synonyms: in a name field the same in every
     * respect (it keeps that filter); in free text the same terms at the same positions, and only a joined word's end
     * offset differs, which that filter cut back to the end of its first part ("COVID-19" as covid19 ended after
     * "COVID") and now is the whole word's.
     */
    @Test
    void theIndexingChainGivesTheTokensItGaveWithTheSecondFlatteningFilter() throws IOException {
        for (String field : List.of(TrialFields.TITLE, TrialFields.SPONSOR)) {
            for (String text : TEXTS) {
                List<String> now = tokens(TrialAnalyzers.forIndexing(), field, text);
                List<String> before = tokens(formerChain(field.equals(TrialFields.SPONSOR)), field, text);
                if (field.equals(TrialFields.SPONSOR)) {
                    assertEquals(before, now, field + ": " + text);
                }
                assertEquals(withoutEnds(before), withoutEnds(now), field + ": " + text);
                int lastStart = 0;
                for (String t : now) {
                    String[] span = t.substring(t.lastIndexOf(' ') + 1).split("-");
                    int start = Integer.parseInt(span[0]);
                    int end = Integer.parseInt(span[1]);
                    assertTrue(start >= lastStart && end > start && end <= text.length(), t + " in " + text);
                    lastStart = start;
                }
            }
        }
        List<String> covid = tokens(TrialAnalyzers.forIndexing(), TrialFields.TITLE, "COVID-19 trial");
        assertTrue(covid.stream().anyMatch(t -> t.startsWith("sarscov2 ")), "the other names stacked: " + covid);
    }

    /** The indexing chain as it was, with a graph-flattening filter after the synonyms too. */
    private static Analyzer formerChain(boolean names) {
        int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                | WordDelimiterGraphFilter.CATENATE_ALL | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;
        int used = names ? flags | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE | WordDelimiterGraphFilter.PRESERVE_ORIGINAL
                : flags;
        SynonymMap.Builder b = new SynonymMap.Builder(true);
        List<String> terms = List.of("covid19", "2019ncov", "sarscov2", "ncov");
        for (String from : terms) {
            for (String to : terms) {
                if (!from.equals(to)) {
                    b.add(new CharsRef(from), new CharsRef(to), true);
                }
            }
        }
        SynonymMap map;
        try {
            map = b.build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WhitespaceTokenizer();
                TokenStream s = new WordDelimiterGraphFilter(source, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
                        used, null);
                s = new FlattenGraphFilter(s);
                s = new KStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(s)));
                s = new FlattenGraphFilter(new SynonymGraphFilter(s, map, true));
                return new TokenStreamComponents(source, s);
            }
        };
    }

    private static List<String> withoutEnds(List<String> tokens) {
        return tokens.stream().map(t -> t.substring(0, t.lastIndexOf('-'))).toList();
    }

    /** Each token as "term position-increment position-length start-end". */
    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + inc.getPositionIncrement() + " " + len.getPositionLength() + " "
                        + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
        }
        return out;
    }
}
