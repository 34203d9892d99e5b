package org.gongkai.core.search.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;
import org.gongkai.core.search.AnalyzedToken;

/**
 * A text field's tokens handed to Lucene counted: each distinct term once, with its frequency in the field. The
 * text is analysed once (the tier fields are computed from the same tokens), and Lucene's inversion, most of the
 * build's search cost, sees one term per distinct token of a document instead of one per occurrence (half as many
 * for a body). Frequencies, document counts and norms are the same as for the token stream itself: the positions
 * the stream advances add up to the field's length without overlaps, the length BM25 counts, and
 * {@link #SIMILARITY} computes the norm from that.
 */
final class CountedText extends TokenStream {
    /**
     * Index-time similarity: BM25's norm, its field length taken from the positions a counted stream advanced
     * (which equal the tokens that do not overlap the one before, BM25's length with overlaps discounted). The
     * tier fields have no norms; scoring is BM25's.
     */
    static final Similarity SIMILARITY = new Similarity() {
        private final BM25Similarity bm25 = new BM25Similarity();

        @Override
        public long computeNorm(FieldInvertState state) {
            return SmallFloat.intToByte4(state.getPosition() + 1);
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
            return bm25.scorer(boost, collectionStats, termStats);
        }
    };

    private final String[] terms;
    private final int[] freqs;
    private final int[] increments;
    private int next;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute freq = addAttribute(TermFrequencyAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    CountedText(List<AnalyzedToken> tokens) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        int length = 0;
        for (AnalyzedToken t : tokens) {
            counts.computeIfAbsent(t.term(), k -> new int[1])[0]++;
            if (!t.overlap()) {
                length++;
            }
        }
        int n = counts.size();
        terms = new String[n];
        freqs = new int[n];
        increments = new int[n];
        int i = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            terms[i] = e.getKey();
            freqs[i] = e.getValue()[0];
            // The first term advances at least one position (Lucene requires it); then one each while the length
            // lasts, the last one the rest: the positions advanced add up to the length.
            increments[i] = i == 0 ? 1 : (i < length ? 1 : 0);
            i++;
        }
        if (n > 0 && length > n) {
            increments[n - 1] += length - n;
        }
    }

    @Override
    public boolean incrementToken() {
        if (next == terms.length) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(terms[next]);
        freq.setTermFrequency(freqs[next]);
        increment.setPositionIncrement(increments[next]);
        next++;
        return true;
    }
}
