package org.gongkai.core.search;

import org.gongkai.core.search.internal.LuceneAnalysis;

import com.ibm.icu.text.Transliterator;

/**
 * The Traditional→Simplified table the browser engine uses, generated from the very ICU transliterator that the
 * Lucene chain runs. The chain transforms one token at a time and every Han character is a token of its own, so a
 * per-code-point table reproduces it (the build checks that no code point maps to more than one).
 */
public final class TraditionalSimplified {
    private static final String TABLE = generate();

    private TraditionalSimplified() {
    }

    /** Pairs of code points, source then target, in code point order: {@code "萬万與与…"}. */
    public static String table() {
        return TABLE;
    }

    /** The bucket of a code point: the browser loads the buckets of the characters it analyzes. */
    public static int bucket(int cp) {
        return cp >> 9;
    }

    /**
     * The table in buckets of 512 code points, one for every bucket that holds a Han character (empty or not,
     * so that the browser can load a bucket without asking first whether it exists).
     */
    public static java.util.SortedMap<Integer, String> buckets() {
        java.util.SortedMap<Integer, StringBuilder> b = new java.util.TreeMap<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                b.computeIfAbsent(bucket(cp), k -> new StringBuilder());
            }
        }
        int[] cps = TABLE.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i += 2) {
            b.computeIfAbsent(bucket(cps[i]), k -> new StringBuilder()).appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]);
        }
        java.util.SortedMap<Integer, String> out = new java.util.TreeMap<>();
        b.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    private static String generate() {
        return generate(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * The table over the code points {@code which} accepts. Builds look at Han characters only (a tenth of the
     * time of all code points); TraditionalSimplifiedTest checks that ICU changes no other character.
     */
    static String generate(java.util.function.IntPredicate which) {
        Transliterator t = LuceneAnalysis.traditionalSimplified();
        StringBuilder sb = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            if (type == Character.SURROGATE || !which.test(cp)) {
                continue;
            }
            String s = Character.toString(cp);
            String r = t.transliterate(s);
            if (!r.equals(s)) {
                if (r.codePointCount(0, r.length()) != 1) {
                    throw new IllegalStateException("ICU maps U+" + Integer.toHexString(cp) + " to " + r
                            + ": the browser's per-character table cannot mirror that");
                }
                sb.append(s).append(r);
            }
        }
        return sb.toString();
    }
}
