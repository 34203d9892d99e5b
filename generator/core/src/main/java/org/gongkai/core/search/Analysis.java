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

    /** Most characters inserted between two neighbours of a word that a near match allows. */
    public static final int NEAR_GAP = 2;

    /**
     * The Han runs of a text as the bigram filter joins them (after the joiners are dropped, in Simplified): the
     * characters of each run of two or more, in order. {@code 关于“放管服”改革} gives [[关, 于, 放, 管, 服, 改, 革]].
     */
    public static List<List<String>> runs(String text) {
        return runs(index(text));
    }

    /** The Han runs of a text's tokens as indexed ({@link #index}). */
    public static List<List<String>> runs(List<AnalyzedToken> indexed) {
        List<List<String>> out = new java.util.ArrayList<>();
        List<String> run = null;
        boolean linked = false;
        for (AnalyzedToken t : indexed) {
            if (t.overlap()) {
                linked = true;
                continue;
            }
            if (run != null && linked) {
                run.add(t.term());
            } else {
                if (run != null && run.size() > 1) {
                    out.add(run);
                }
                run = new java.util.ArrayList<>(List.of(t.term()));
            }
            linked = false;
        }
        if (run != null && run.size() > 1) {
            out.add(run);
        }
        return out;
    }

    /** Every three neighbouring characters of the runs: what an exact match of a word of three or more needs. */
    public static List<String> trigrams(List<List<String>> runs) {
        List<String> out = new java.util.ArrayList<>();
        for (List<String> r : runs) {
            for (int i = 0; i + 2 < r.size(); i++) {
                out.add(r.get(i) + r.get(i + 1) + r.get(i + 2));
            }
        }
        return out;
    }

    /**
     * Pairs of characters of a run with one or two characters between them (1 ≤ gap ≤ {@link #NEAR_GAP}), written as
     * the two characters: indexed in the {@code skip} field, so that a word's neighbours found a little apart
     * ({@code 公共资源交易} in {@code 公共资源市场交易}: 源…交) make a near match.
     */
    public static List<String> skips(List<List<String>> runs) {
        List<String> out = new java.util.ArrayList<>();
        for (List<String> r : runs) {
            for (int i = 0; i < r.size(); i++) {
                for (int g = 2; g <= NEAR_GAP + 1 && i + g < r.size(); g++) {
                    out.add(r.get(i) + r.get(i + g));
                }
            }
        }
        return out;
    }
}
