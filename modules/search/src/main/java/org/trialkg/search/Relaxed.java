package org.trialkg.search;

import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The relaxed form of a query of several words: any trial matching most of them, ranked by BM25, so that the more
 * words (and the rarer) a trial matches, the higher it comes. Used when no trial matches every word.
 */
final class Relaxed {
    // Half the words, rounded up: "semaglutide slow alzheimer disease" needs two of four, so that a question's verbs
    // ("slow", "improve", "prevent") and nouns the records do not use may be missing while its subject is not.
    // Measured by RankingAblationTest on the judged queries (as shipped: tuning half 1.000 / 1.000 / 0.960 within
    // rank / MRR / P@10, held-out 0.956 / 0.972 / 0.870): two thirds of the words, or every word, find nothing for
    // "what are the side effects of nitric oxide gas for covid" (tuning 0.974 / 0.974 / 0.933; held-out 0.933 / 0.944
    // and 0.867 / 0.878). A third or a quarter: the tuning half does not move (held-out P@10 0.879), so it cannot tell
    // 0.25 from 0.5 apart; half is kept as the fewest words that still hold a question's subject.
    static final double SHARE_OF_WORDS = 0.5;

    private Relaxed() {
    }

    /**
     * The relaxed query in which {@code share} of the words (rounded up, at least one) suffice, or empty when the
     * query is not a conjunction of two or more words.
     */
    static Optional<Query> of(Query strict, double share) {
        if (!(strict instanceof BooleanQuery bq)) {
            return Optional.empty();
        }
        long words = bq.clauses().stream().filter(c -> c.getOccur() == BooleanClause.Occur.MUST).count();
        if (words < 2) {
            return Optional.empty();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (BooleanClause c : bq.clauses()) {
            b.add(c.getQuery(), c.getOccur() == BooleanClause.Occur.MUST ? BooleanClause.Occur.SHOULD : c.getOccur());
        }
        b.setMinimumNumberShouldMatch((int) Math.max(1, Math.ceil(words * share)));
        return Optional.of(b.build());
    }
}
