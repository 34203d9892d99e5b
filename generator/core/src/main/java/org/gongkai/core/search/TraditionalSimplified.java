package org.gongkai.core.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.gongkai.core.search.internal.LuceneAnalysis;

import com.ibm.icu.text.Transliterator;

/**
 * The Traditional→Simplified map of the analysis, one character to one character: the Lucene chain looks it up
 * for every token and the browser engine loads it in buckets. It is generated from ICU's transliterator and shipped
 * as {@value #RESOURCE}, because running ICU per token cost a seventh of a build and generating the table at start
 * a second; TraditionalSimplifiedTest checks that the shipped table is what ICU gives today (and says how to
 * regenerate it after an ICU upgrade). Every Han character is a token of its own in the chain and ICU maps each on
 * its own, so a per-code-point table reproduces it (the generator refuses a code point that maps to more than one).
 */
public final class TraditionalSimplified {
    /** The table, on the class path: lines of two code points, source then target, in code point order. */
    public static final String RESOURCE = "traditional-simplified.txt";

    private static final String TABLE = load();
    /** The BMP's replacements (identity where the table has none); the table maps no BMP character outside it. */
    private static final char[] BMP = bmp(TABLE);
    private static final Map<Integer, Integer> SUPPLEMENTARY = supplementary(TABLE);

    private TraditionalSimplified() {
    }

    /** The Simplified form of a BMP character, or the character itself. */
    public static char simplified(char c) {
        return BMP[c];
    }

    /** The Simplified form of a code point, or the code point itself. */
    public static int simplified(int cp) {
        return cp < BMP.length ? BMP[cp] : SUPPLEMENTARY.getOrDefault(cp, cp);
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
        return Buckets.ALL;
    }

    /** Made once, when first asked for: a pass over every code point, a build's 0.5 % each time. */
    private static final class Buckets {
        static final java.util.SortedMap<Integer, String> ALL = java.util.Collections.unmodifiableSortedMap(make());
    }

    private static java.util.SortedMap<Integer, String> make() {
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

    private static String load() {
        try (InputStream in = TraditionalSimplified.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    private static char[] bmp(String table) {
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < map.length; c++) {
            map[c] = (char) c;
        }
        int[] cps = table.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i += 2) {
            if (cps[i] <= Character.MAX_VALUE) {
                if (cps[i + 1] > Character.MAX_VALUE) {
                    throw new IllegalStateException(RESOURCE + " maps U+" + Integer.toHexString(cps[i])
                            + " outside the BMP, which the analysis does not expect");
                }
                map[cps[i]] = (char) cps[i + 1];
            }
        }
        return map;
    }

    private static Map<Integer, Integer> supplementary(String table) {
        Map<Integer, Integer> map = new HashMap<>();
        int[] cps = table.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i += 2) {
            if (cps[i] > Character.MAX_VALUE) {
                map.put(cps[i], cps[i + 1]);
            }
        }
        return Map.copyOf(map);
    }

    /** What ICU gives today over the Han characters: the shipped table's source. */
    static String generate() {
        return generate(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** {@link #generate()} in the shipped file's form: a line per pair. */
    static String generateFile() {
        StringBuilder sb = new StringBuilder();
        int[] cps = generate().codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i += 2) {
            sb.appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]).append('\n');
        }
        return sb.toString();
    }

    /**
     * ICU's table over the code points {@code which} accepts. The shipped table covers Han characters only;
     * TraditionalSimplifiedTest checks that ICU changes no other character.
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
