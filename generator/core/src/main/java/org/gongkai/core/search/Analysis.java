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
     * The distinct trigrams ({@link #trigrams}) and skip pairs ({@link #skips}) of several texts' runs, each list in
     * the order the texts have them: what a document's tier fields hold. Every term is built as a string once, the
     * first time it is seen (a character of a run is one code point, so a trigram packs into a long), since building
     * and hashing every occurrence was a fifteenth of a build.
     */
    public static final class TierTerms {
        private final LongSet seenTrigrams = new LongSet();
        private final LongSet seenSkips = new LongSet();
        /** For a run whose characters are not one code point each (none the chain makes; kept for safety). */
        private final java.util.Set<String> seenOther = new java.util.HashSet<>();
        private final List<String> trigrams = new java.util.ArrayList<>();
        private final List<String> skips = new java.util.ArrayList<>();

        /** Adds the terms of one text's runs ({@link #runs}), after those of the texts added before. */
        public void add(List<List<String>> runs) {
            for (List<String> r : runs) {
                int[] cps = codePoints(r);
                if (cps == null) {
                    for (String t : Analysis.trigrams(List.of(r))) {
                        if (seenOther.add("3" + t)) {
                            trigrams.add(t);
                        }
                    }
                    for (String t : Analysis.skips(List.of(r))) {
                        if (seenOther.add("2" + t)) {
                            skips.add(t);
                        }
                    }
                    continue;
                }
                for (int i = 0; i + 2 < cps.length; i++) {
                    if (seenTrigrams.add(((long) cps[i] << 42) | ((long) cps[i + 1] << 21) | cps[i + 2])) {
                        trigrams.add(new String(cps, i, 3));
                    }
                }
                for (int i = 0; i < cps.length; i++) {
                    for (int g = 2; g <= NEAR_GAP + 1 && i + g < cps.length; g++) {
                        if (seenSkips.add(((long) cps[i] << 21) | cps[i + g])) {
                            skips.add(new String(new int[] {cps[i], cps[i + g]}, 0, 2));
                        }
                    }
                }
            }
        }

        public List<String> trigrams() {
            return java.util.Collections.unmodifiableList(trigrams);
        }

        public List<String> skips() {
            return java.util.Collections.unmodifiableList(skips);
        }

        /** The run's code points, or null when one of its characters is not a single code point. */
        private static int[] codePoints(List<String> run) {
            int[] out = new int[run.size()];
            for (int i = 0; i < out.length; i++) {
                String c = run.get(i);
                int cp = c.isEmpty() ? -1 : c.codePointAt(0);
                if (cp < 0 || Character.charCount(cp) != c.length()) {
                    return null;
                }
                out[i] = cp;
            }
            return out;
        }
    }

    /** A set of non-negative longs, open addressing: no boxing, no entry objects. */
    private static final class LongSet {
        private long[] slots = empty(64);
        private int size;

        boolean add(long v) {
            if (size * 2 >= slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == v) {
                    return false;
                }
                if (slots[i] < 0) {
                    slots[i] = v;
                    size++;
                    return true;
                }
            }
        }

        private void grow() {
            long[] old = slots;
            slots = empty(old.length * 2);
            int mask = slots.length - 1;
            for (long v : old) {
                if (v >= 0) {
                    int i = mix(v) & mask;
                    while (slots[i] >= 0) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = v;
                }
            }
        }

        private static int mix(long v) {
            long h = v * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }

        private static long[] empty(int n) {
            long[] a = new long[n];
            java.util.Arrays.fill(a, -1L);
            return a;
        }
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
