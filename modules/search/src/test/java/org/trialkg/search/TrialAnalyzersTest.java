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
     * In free text, the same terms at the same positions as with Lucene's SynonymGraphFilter for the COVID-19 names
     * and a second graph-flattening filter after it; only a joined word's end offset differs, which that filter cut
     * back to the end of its first part ("COVID-19" as covid19 ended after "COVID") and now is the whole word's.
     */
    @Test
    void theIndexingChainGivesTheTokensItGaveWithTheSecondFlatteningFilter() throws IOException {
        for (String field : List.of(TrialFields.TITLE, TrialFields.SPONSOR)) {
            for (String text : TEXTS) {
                List<String> now = tokens(TrialAnalyzers.forIndexing(), field, text);
                List<String> before = tokens(formerChain(field.equals(TrialFields.SPONSOR)), field, text);
                if (field.equals(TrialFields.SPONSOR)) {
                    // Lucene's synonym filter cannot read the token graph a name field's whole words make (its
                    // documentation says so): it shifted the positions after them. The names are now stacked on
                    // the graph as it is.
                    List<String> plain = tokens(TrialAnalyzers.namesWithoutEquivalents(), field, text);
                    assertEquals(withEquivalents(byPosition(plain, true)), byPosition(now, true), field + ": " + text);
                } else {
                    assertEquals(byPosition(before, false), byPosition(now, false), field + ": " + text);
                }
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

    /** Tokens by position with every COVID-19 name's equivalents stacked on its position, with its offsets. */
    private static List<String> withEquivalents(List<String> byPosition) {
        List<String> names = List.of("covid19", "2019ncov", "sarscov2", "ncov");
        List<String> out = new ArrayList<>(byPosition);
        for (String t : byPosition) {
            String[] f = t.split(" ");
            if (names.contains(f[1])) {
                names.stream().filter(n -> !n.equals(f[1])).forEach(n -> out.add(f[0] + " " + n + " " + f[2]));
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Each token as "position term start[-end]", sorted: what the index keeps of a stream, whatever order the tokens
     * stacked on one position come in. Free text leaves the end out (see above).
     */
    private static List<String> byPosition(List<String> tokens, boolean withEnds) {
        List<String> out = new ArrayList<>();
        int position = -1;
        for (String t : tokens) {
            String[] f = t.split(" ");
            position += Integer.parseInt(f[1]);
            String span = withEnds ? f[3] : f[3].substring(0, f[3].indexOf('-'));
            out.add(String.format("%04d %s %s", position, f[0], span));
        }
        out.sort(null);
        return out;
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
