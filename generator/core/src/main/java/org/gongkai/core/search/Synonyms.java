package org.gongkai.core.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.gongkai.core.content.SynonymGroup;
import org.gongkai.core.internal.Json;
import org.gongkai.core.load.SynonymReader;
import org.gongkai.core.search.internal.LuceneAnalysis;

/**
 * The search synonyms, applied at query time by Lucene's side ({@link SearchQuery#parse}) and by the browser
 * engine (engine.js {@code variants}) from one table: the built-in groups
 * ({@code org/gongkai/core/search/synonyms.yaml}) and the office's own ({@code search-synonyms} in site.yaml).
 * The export ships the table as {@code search/syn/<k>.js}, keys already {@link #normalize normalized}.
 *
 * <p>Within a group, a word that contains another (一事一议 and 一事一议财政奖补) is not its synonym: the shorter already
 * finds the longer, and the longer would find every text of the shorter.
 *
 * <p>A query word is normalized, then read left to right: at each character the longest key that starts there is
 * taken (and the reading goes on after it), else the reading moves one character on. Each key found gives one
 * variant per alternative: the word with that key replaced by it. Variants are distinct, not the word itself, and
 * at most {@link #MAX_VARIANTS}, in the order found.
 */
public final class Synonyms {
    /** Variants a word gets at most (the query stays small: each is a few more terms). */
    public static final int MAX_VARIANTS = 6;
    /**
     * Shards of the exported table, by the first character of a key: a query loads one for each of its
     * characters, so many small ones (a few hundred bytes for the built-in table) keep that near what it reads.
     */
    public static final int SHARDS = 128;

    private static final Map<Integer, Integer> T2S = t2s();
    private static final Synonyms BUILT_IN = of(SynonymReader.builtIn());

    /** Normalized key → alternatives as written, in the groups' order. */
    private final SortedMap<String, List<String>> table;
    private final int longest;

    private Synonyms(SortedMap<String, List<String>> table) {
        this.table = table;
        this.longest = table.keySet().stream().mapToInt(k -> k.codePointCount(0, k.length())).max().orElse(0);
    }

    /** The built-in table alone. */
    public static Synonyms builtIn() {
        return BUILT_IN;
    }

    /** The built-in table and the office's groups after it. */
    public static Synonyms withOffice(List<SynonymGroup> office) {
        if (office.isEmpty()) {
            return BUILT_IN;
        }
        List<SynonymGroup> all = new ArrayList<>(SynonymReader.builtIn());
        all.addAll(office);
        return of(all);
    }

    public static Synonyms of(List<SynonymGroup> groups) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (SynonymGroup g : groups) {
            for (String t : g.terms()) {
                if (t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0) {
                    continue;
                }
                String key = normalize(t);
                if (key.codePointCount(0, key.length()) < 2) {
                    continue;
                }
                List<String> alts = m.computeIfAbsent(key, k -> new ArrayList<>());
                for (String other : g.terms()) {
                    String o = normalize(other);
                    // One inside the other adds nothing one way (a word finds every text with a longer word that
                    // contains it) and loses precision the other (一事一议财政奖补 is not every 一事一议): skipped.
                    if (other.indexOf('\t') < 0 && other.indexOf('\n') < 0 && !o.contains(key) && !key.contains(o)
                            && !alts.contains(other)) {
                        alts.add(other);
                    }
                }
            }
        }
        SortedMap<String, List<String>> table = new TreeMap<>();
        m.forEach((k, v) -> {
            if (!v.isEmpty()) {
                table.put(k, List.copyOf(v));
            }
        });
        return new Synonyms(java.util.Collections.unmodifiableSortedMap(table));
    }

    /** Normalized key → alternatives. */
    public SortedMap<String, List<String>> table() {
        return table;
    }

    /**
     * A text as keys are compared: joiners inside Han runs dropped (as the analysis drops them), full-width ASCII
     * folded, lower case, Traditional characters in their Simplified form (the analysis chain's own table).
     */
    public static String normalize(String text) {
        String s = LuceneAnalysis.dropJoiners(text);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                cp -= 0xFEE0;
            }
            cp = Character.toLowerCase(cp);
            sb.appendCodePoint(T2S.getOrDefault(cp, cp));
        });
        return sb.toString();
    }

    /** The variants of a query word (see the class comment); empty when no key is in it. */
    public List<String> variants(String word) {
        String w = normalize(word);
        int[] cps = w.codePoints().toArray();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cps.length; ) {
            int found = 0;
            for (int len = Math.min(longest, cps.length - i); len >= 2; len--) {
                String key = new String(cps, i, len);
                List<String> alts = table.get(key);
                if (alts != null) {
                    String before = new String(cps, 0, i), after = new String(cps, i + len, cps.length - i - len);
                    for (String a : alts) {
                        String v = before + a + after;
                        if (!v.equals(w) && !out.contains(v) && out.size() < MAX_VARIANTS) {
                            out.add(v);
                        }
                    }
                    found = len;
                    break;
                }
            }
            i += found > 0 ? found : 1;
        }
        return out;
    }

    /** The shard of a key: its first code point modulo {@link #SHARDS}. */
    public static int shard(String key) {
        return key.codePointAt(0) % SHARDS;
    }

    /** One shard of the table as a JSON object, keys in order (a portal's search/syn/k.js, the platform home's). */
    public String shardJson(int k) {
        StringBuilder sb = new StringBuilder("{");
        table.forEach((key, alts) -> {
            if (shard(key) == k) {
                sb.append(sb.length() > 1 ? ",\n" : "").append(Json.quote(key)).append(":[");
                for (int i = 0; i < alts.size(); i++) {
                    sb.append(i > 0 ? "," : "").append(Json.quote(alts.get(i)));
                }
                sb.append(']');
            }
        });
        return sb.append('}').toString();
    }

    /** The whole table as lines of tab-separated words, key first (kept in the Lucene index's commit data). */
    String toLines() {
        StringBuilder sb = new StringBuilder();
        table.forEach((key, alts) -> sb.append(key).append('\t').append(String.join("\t", alts)).append('\n'));
        return sb.toString();
    }

    static Synonyms fromLines(String lines) {
        SortedMap<String, List<String>> table = new TreeMap<>();
        for (String line : lines.split("\n")) {
            String[] f = line.split("\t");
            if (f.length > 1) {
                table.put(f[0], List.of(java.util.Arrays.copyOfRange(f, 1, f.length)));
            }
        }
        return new Synonyms(java.util.Collections.unmodifiableSortedMap(table));
    }

    private static Map<Integer, Integer> t2s() {
        Map<Integer, Integer> m = new java.util.HashMap<>();
        int[] cps = TraditionalSimplified.table().codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i += 2) {
            m.put(cps[i], cps[i + 1]);
        }
        return m;
    }
}
