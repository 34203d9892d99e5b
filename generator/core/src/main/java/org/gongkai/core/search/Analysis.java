package org.gongkai.core.search;

import java.util.List;

import org.gongkai.core.search.internal.LuceneAnalysis;

/**
 * The analysis chain, for indexing and for queries; mirrored exactly by the browser engine
 * ({@code assets/search/engine.js}) and pinned by the shared test vectors ({@code analysis-vectors.json}).
 */
public final class Analysis {
    private Analysis() {
    }

    /** Tokens as indexed: unigrams and bigrams of Han text, other words whole. */
    public static List<AnalyzedToken> index(String text) {
        return LuceneAnalysis.tokens(text, true);
    }

    /** Tokens of a query: bigrams of Han text (a lone Han character as itself), other words whole. */
    public static List<AnalyzedToken> query(String text) {
        return LuceneAnalysis.tokens(text, false);
    }

    /** The field length BM25 sees: tokens that do not overlap the one before. */
    public static int length(String text) {
        return (int) index(text).stream().filter(t -> !t.overlap()).count();
    }
}
