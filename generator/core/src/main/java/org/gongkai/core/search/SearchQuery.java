package org.gongkai.core.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.gongkai.core.content.DocNumber;

/**
 * A parsed query, the same way in Java and in the browser engine (engine.js {@code parseQuery}; the shared query
 * vectors pin both).
 *
 * <p>The text is split at white space (ASCII white space, no-break space, ideographic space) into words. A word
 * that starts with {@code -} or {@code －} excludes. A quotation mark ({@code " “ 「 『}) at the start of a word opens
 * a phrase that runs to the matching closing mark ({@code " ” 」 』}) at the end of a word, spaces and all; a mark
 * anywhere else is part of the word ({@code “放管服”改革} is one word, as the analysis reads it). Each word that is not
 * a phrase is also read with its synonyms ({@link Synonyms}). When the whole text has no excluding word and no phrase,
 * it is also looked up as a 发文字号 ({@link DocNumber#key}, any common spelling) and as an 索引号.
 *
 * <p>Each reading of a word is analysed with the query chain: its {@link Reading#tokens} score (BM25, as every
 * token did before); its {@link Reading#trigrams} (three neighbouring characters of its Han runs) and
 * {@link Reading#nearPairs} (the bigrams of its runs of three characters or more) decide the tier:
 * <ol start="0">
 * <li>lookup: the item whose 发文字号 or 索引号 is the text;
 * <li>exact: every word has a reading all of whose tokens and trigrams the item has (the word as written);
 * <li>near: every word has a reading each of whose tokens the item has, a near pair also when its two characters
 * stand one or two characters apart ({@code 公共资源交易} in {@code 公共资源市场交易}); a phrase must still be exact;
 * <li>relaxed: the item has at least {@link #share} of the tokens of the words (a phrase still exact), for the
 * words as written or with one word read as one of its synonyms.
 * </ol>
 * A result's tier is the first it is in; results are ordered by tier, then score.
 */
public record SearchQuery(List<Word> words, List<List<String>> excluded, List<String> keys, SearchFilters filters) {
    public static final int LOOKUP = 0, EXACT = 1, NEAR = 2, RELAXED = 3, TIERS = 4;
    /** The boost of a token that only a synonym brings (the words as typed weigh more). */
    public static final float SYNONYM_BOOST = 0.5f;
    /** Readings of the relaxed tier at most (the words as typed, then one word replaced at a time). */
    public static final int MAX_RELAXED_READINGS = 12;

    private static final Pattern SPACE = Pattern.compile("[ \\t\\n\\r\\f\\u000B\\u00A0\\u3000]+");
    private static final String SPACES = " \t\n\r\f\u000B\u00A0\u3000";
    private static final String OPEN = "\"\u201C\u300C\u300E";
    private static final String[] CLOSE = {"\"\u201D", "\u201D\"", "\u300D", "\u300F"};
    /** What an 索引号 looks like once folded: ASCII letters, digits and . / _ -, with a digit. */
    private static final Pattern INDEX_LIKE = Pattern.compile("[0-9a-z./_-]*[0-9][0-9a-z./_-]*");

    /** A word of the query: its text as typed, whether it was a phrase in quotes, its readings (itself first). */
    public record Word(String text, boolean quoted, List<Reading> readings) {
        public Word {
            readings = List.copyOf(readings);
        }
    }

    /**
     * One way a word is searched: the text (the word, or the word with a synonym in place), its distinct query
     * tokens, the trigrams of its Han runs, the bigrams of its runs of three or more (near pairs).
     */
    public record Reading(String text, List<String> tokens, List<String> trigrams, List<String> nearPairs, boolean synonym) {
        public Reading {
            tokens = List.copyOf(tokens);
            trigrams = List.copyOf(trigrams);
            nearPairs = List.copyOf(nearPairs);
        }
    }

    public SearchQuery {
        words = List.copyOf(words);
        excluded = excluded.stream().map(List::copyOf).toList();
        keys = List.copyOf(keys);
    }

    /** With the built-in synonyms only. */
    public static SearchQuery parse(String text, SearchFilters filters) {
        return parse(text, filters, Synonyms.builtIn());
    }

    public static SearchQuery parse(String text, SearchFilters filters, Synonyms synonyms) {
        String s = text == null ? "" : text;
        List<Word> words = new ArrayList<>();
        List<List<String>> excluded = new ArrayList<>();
        boolean plain = true;
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (SPACES.indexOf(c) >= 0) {
                i++;
                continue;
            }
            int open = OPEN.indexOf(c);
            if (open >= 0) {
                int j = closing(s, i, CLOSE[open]);
                if (j > 0) {
                    plain = false;
                    Word w = word(s.substring(i + 1, j), true, synonyms);
                    if (w != null) {
                        words.add(w);
                    }
                    i = j + 1;
                    continue;
                }
            }
            int j = i;
            while (j < n && SPACES.indexOf(s.charAt(j)) < 0) {
                j++;
            }
            String w = s.substring(i, j);
            i = j;
            boolean minus = w.length() > 1 && (w.charAt(0) == '-' || w.charAt(0) == '\uFF0D');
            if (minus) {
                plain = false;
                List<String> t = distinct(Analysis.query(w.substring(1)).stream().map(AnalyzedToken::term).toList());
                if (!t.isEmpty()) {
                    excluded.add(t);
                }
            } else {
                Word word = word(w, false, synonyms);
                if (word != null) {
                    words.add(word);
                }
            }
        }
        List<String> keys = new ArrayList<>();
        if (plain) {
            String whole = s.strip();
            DocNumber.parse(whole).filter(d -> d.agency().codePoints().anyMatch(SearchQuery::han))
                    .ifPresent(d -> keys.add(docKey(d.key())));
            String ik = indexKey(whole);
            if (ik.length() >= 6 && INDEX_LIKE.matcher(ik).matches()) {
                keys.add(INDEX_PREFIX + ik);
            }
        }
        return new SearchQuery(words, excluded, keys, filters);
    }

    /** Terms of the key field: a 发文字号's key, an 索引号's. */
    static final String DOC_PREFIX = "d:", INDEX_PREFIX = "i:";

    static String docKey(String key) {
        return DOC_PREFIX + key;
    }

    /** The key-field term of a 发文字号's key ({@link DocNumber#key}). */
    public static String docKeyTerm(String key) {
        return docKey(key);
    }

    /** The key-field term of an item's 索引号; empty for none. */
    public static String indexKeyTerm(String indexNumber) {
        String k = indexKey(indexNumber == null ? "" : indexNumber);
        return k.isEmpty() ? "" : INDEX_PREFIX + k;
    }

    /** An 索引号 as compared: NFKC, no spaces, lower case. */
    static String indexKey(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return SPACE.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The closing mark of a phrase opened at i: one of close, at the end of a word; -1 when there is none. */
    private static int closing(String s, int i, String close) {
        for (int j = i + 1; j < s.length(); j++) {
            if (close.indexOf(s.charAt(j)) >= 0 && (j + 1 == s.length() || SPACES.indexOf(s.charAt(j + 1)) >= 0)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static Word word(String text, boolean quoted, Synonyms synonyms) {
        Reading self = reading(text, false);
        if (self == null) {
            return null;
        }
        List<Reading> readings = new ArrayList<>(List.of(self));
        if (!quoted) {
            for (String v : synonyms.variants(text)) {
                Reading r = reading(v, true);
                if (r != null && !r.tokens().equals(self.tokens())) {
                    readings.add(r);
                }
            }
        }
        return new Word(text, quoted, readings);
    }

    private static Reading reading(String text, boolean synonym) {
        List<String> tokens = distinct(Analysis.query(text).stream().map(AnalyzedToken::term).toList());
        if (tokens.isEmpty()) {
            return null;
        }
        List<List<String>> runs = Analysis.runs(text);
        List<String> near = new ArrayList<>();
        for (List<String> r : runs) {
            if (r.size() >= 3) {
                for (int i = 0; i + 1 < r.size(); i++) {
                    near.add(r.get(i) + r.get(i + 1));
                }
            }
        }
        return new Reading(text, tokens, distinct(Analysis.trigrams(runs)), distinct(near), synonym);
    }

    private static List<String> distinct(List<String> list) {
        return new ArrayList<>(new LinkedHashSet<>(list));
    }

    /** A query of one token and nothing else (a split term's first block: its own top documents). */
    public static SearchQuery ofTerm(String term) {
        return new SearchQuery(List.of(new Word(term, false, List.of(new Reading(term, List.of(term), List.of(), List.of(), false)))),
                List.of(), List.of(), SearchFilters.NONE);
    }

    /** The distinct scoring tokens: the words' own first, in order, then those only synonyms bring. */
    public List<String> terms() {
        Set<String> out = new LinkedHashSet<>();
        words.forEach(w -> out.addAll(w.readings().get(0).tokens()));
        words.forEach(w -> w.readings().forEach(r -> out.addAll(r.tokens())));
        return new ArrayList<>(out);
    }

    /** 1 for a token of a word as typed, {@link #SYNONYM_BOOST} for one only a synonym brings. */
    public float boost(String token) {
        for (Word w : words) {
            if (w.readings().get(0).tokens().contains(token)) {
                return 1f;
            }
        }
        return SYNONYM_BOOST;
    }

    /** The readings of the relaxed tier: each a list of the words' readings (null for a phrase, which stays exact). */
    public List<List<Reading>> relaxedReadings() {
        List<List<Reading>> out = new ArrayList<>();
        List<Reading> typed = new ArrayList<>();
        words.forEach(w -> typed.add(w.quoted() ? null : w.readings().get(0)));
        out.add(typed);
        for (int i = 0; i < words.size() && out.size() < MAX_RELAXED_READINGS; i++) {
            Word w = words.get(i);
            for (int k = 1; k < w.readings().size() && out.size() < MAX_RELAXED_READINGS; k++) {
                List<Reading> r = new ArrayList<>(typed);
                r.set(i, w.readings().get(k));
                out.add(r);
            }
        }
        return out;
    }

    /** How many of n tokens a relaxed match needs: all of one or two, else two thirds rounded up. */
    public static int share(int n) {
        return n <= 2 ? n : (2 * n + 2) / 3;
    }

    /** The synonyms read, as the result page lists them ("也搜索了：…"). */
    public List<String> synonymsRead() {
        List<String> out = new ArrayList<>();
        words.forEach(w -> w.readings().stream().skip(1).forEach(r -> out.add(r.text())));
        return out;
    }

    /** A query without words or keys finds nothing (filters alone do not list the portal). */
    public boolean isEmpty() {
        return words.isEmpty() && keys.isEmpty();
    }
}
