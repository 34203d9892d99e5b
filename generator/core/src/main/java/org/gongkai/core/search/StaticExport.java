package org.gongkai.core.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.core.content.Category;
import org.gongkai.core.content.Genre;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.Validity;
import org.gongkai.core.internal.Json;
import org.gongkai.core.model.PortalLayout;
import org.gongkai.core.search.internal.LuceneIndex;

/**
 * Exports the Lucene index into {@code search/} of the portal ({@link PortalLayout#searchFile}, a folder the layout
 * reserves whole, so that no alias lands among these files) as script files that call
 * {@code gongkai._data(name, value)}: script tags load them from file:// as from any host. What a query loads:
 * <ul>
 * <li>{@code meta.js}: document count, per-field BM25 statistics and boosts, layout, vocabularies of the filters;
 * <li>{@code t2s/<k>.js}: the Traditional→Simplified pairs of the code points k·512 to k·512+511, loaded for the
 * Han characters of a query (and of Traditional results, to mark their matches);
 * <li>{@code t/<k>.js}: the terms whose hash falls in shard k, each with its facet counts and per-field postings,
 * every posting carrying the document's norm byte for that field, so that scoring a term needs nothing else
 * ({@link ExportEncoding#postings}: document gaps, or a bitset for a list of many documents, and one number for
 * frequency and norm, relative to the list's smallest norm). The shards are small (about a kilobyte): a query's
 * terms fall in different shards anyway, so a query loads about as many files as with large shards but only a
 * little more than the entries it reads;
 * a term with more than max(3·firstDocs, documents/16) postings is split: its shard entry starts with
 * [facet counts, number of matching documents, "p/n", first-block posting counts] and holds only the postings of
 * the documents of its own top {@code firstDocs} (Lucene's ranking of the one-term query, every field), which
 * answer the first pages of that query without filters exactly;
 * <li>{@code p/<n>.js}: all postings of the n-th split term (as an unsplit shard entry), loaded for anything else
 * (filters, other sorts, later pages, more terms, excluded words);
 * <li>{@code c/<k>.js}: filter columns (category, organ, genre, validity, year: one mixed-radix number a document)
 * of a range of documents, loaded for the ranges the matching documents fall in;
 * <li>{@code d/<k>.js}: result fragments (URL, title, date, language, 发文字号, organ, category, excerpt) of a few
 * documents, loaded for the page of results shown.
 * </ul>
 * All values come from the index (postings, norms, statistics) or the same documents, in a fixed order: the same
 * input gives the same bytes.
 */
public final class StaticExport {
    /** Sizes of the parts; the defaults are the measured trade-off recorded in bench/search-results.md. */
    public record Layout(int shardChars, int columnDocs, int fragmentDocs, int excerptChars, int firstDocs) {
        public static final Layout DEFAULT = new Layout(1_000, 1024, 2, 120, 30);
    }

    private final Layout layout;

    public StaticExport(Layout layout) {
        this.layout = layout;
    }

    /** The export's files by portal-relative path. */
    public Map<String, byte[]> export(LuceneIndex index, List<SearchDocument> docs, List<Category> categories,
                                      List<Organ> organs) throws IOException {
        return export(index, docs, categories, organs, Synonyms.builtIn());
    }

    /** The export's files by portal-relative path, with the synonyms the site's search applies. */
    public Map<String, byte[]> export(LuceneIndex index, List<SearchDocument> docs, List<Category> categories,
                                      List<Organ> organs, Synonyms synonyms) throws IOException {
        check(index, docs);
        Map<String, byte[]> out = new LinkedHashMap<>();
        SearchField[] fields = SearchField.values();
        List<String> names = new ArrayList<>();
        for (SearchField f : fields) {
            names.add(f.field());
        }
        names.addAll(SearchField.SETS);

        Vocabulary vocab = new Vocabulary(categories, organs, docs);
        Facets facets = new Facets(vocab, docs);
        // term → [facet counts, field, df, postings, field, df, postings, …] in field order; the scored fields'
        // postings are documents with freqNorm numbers, the tier fields' documents alone. A skip pair is exported under
        // "~" + its two characters (its own entry: only near tests need it, not the bigram's other queries).
        TreeMap<String, TermData> terms = new TreeMap<>();
        for (int fi = 0; fi < names.size(); fi++) {
            int f = fi;
            boolean scored = fi < fields.length;
            String prefix = names.get(fi).equals(SearchField.SKIPS) ? SKIP_PREFIX : "";
            index.postings(names.get(fi), (term, ds, freqs, norms) -> {
                TermData e = terms.computeIfAbsent(prefix + term, k -> new TermData());
                StringBuilder p = new StringBuilder(ds.length * (scored ? 3 : 2));
                ExportEncoding.postings(p, ds, scored ? freqs : null, scored ? norms : null);
                e.fields.add(f);
                e.encoded.add(p.toString());
                e.lengths.add(ds.length);
                e.scored.add(scored);
            });
        }
        // A term with many postings is split: its shard holds a first block, the postings of the documents of its
        // own top firstDocs (as Lucene ranks the one-term query), and p/<n>.js all its postings.
        int split = Math.max(3 * layout.firstDocs(), docs.size() / 16);
        List<String> keys = new ArrayList<>(terms.keySet());
        List<TermData> termData = new ArrayList<>(terms.values());
        terms.clear();
        // Which terms are split, and their p/<n> numbers, in term order; then the entries on every processor
        // (a split term's first block is a search of its own), each into its place.
        int[] restOf = new int[keys.size()];
        int rests = 0;
        for (int i = 0; i < keys.size(); i++) {
            restOf[i] = termData.get(i).postings() > split ? rests++ : -1;
        }
        String[] entries = new String[keys.size()];
        String[] restFiles = new String[rests];
        long[] sizes = new long[keys.size()];
        try {
            java.util.stream.IntStream.range(0, keys.size()).parallel().forEach(i -> {
                TermData e = termData.get(i);
                String key = keys.get(i);
                String counts = facets.counts(e.scoredDocs());
                if (restOf[i] >= 0) {
                    String name = "p/" + restOf[i];
                    restFiles[restOf[i]] = "[\"" + counts + "\"" + e.text(null) + "]";
                    LuceneIndex.Top top;
                    try {
                        top = e.scored.contains(true) ? index.topOfToken(key, layout.firstDocs())
                                : new LuceneIndex.Top(0, new int[0]);
                    } catch (IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                    java.util.BitSet keep = new java.util.BitSet();
                    for (int doc : top.docs()) {
                        keep.set(doc);
                    }
                    StringBuilder firstCounts = new StringBuilder();
                    String first = e.text(keep, firstCounts);
                    entries[i] = "[[\"" + counts + "\"," + top.total() + "," + Json.quote(name) + ",[" + firstCounts + "]]" + first + "]";
                    sizes[i] = first.length() + key.length();
                } else {
                    entries[i] = "[\"" + counts + "\"" + e.text(null) + "]";
                    sizes[i] = entries[i].length() - counts.length() + key.length();
                }
                termData.set(i, null);
            });
        } catch (java.io.UncheckedIOException x) {
            throw x.getCause();
        }
        long total = 0;
        for (long size : sizes) {
            total += size;
        }
        // Each text is dropped once it is in its file's bytes: at 100k items the entries are hundreds of megabytes,
        // and holding the texts, the shards' builders and the bytes at once would be three copies of them.
        for (int k = 0; k < rests; k++) {
            out.put(PortalLayout.searchFile("p/" + k + ".js"), data("p/" + k, restFiles[k]));
            restFiles[k] = null;
        }
        int shards = (int) Math.max(1, (total + layout.shardChars() - 1) / layout.shardChars());
        List<StringBuilder> shardText = new ArrayList<>(shards);
        for (int k = 0; k < shards; k++) {
            shardText.add(new StringBuilder());
        }
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder sb = shardText.get((int) (ExportEncoding.hash(keys.get(i)) % shards));
            sb.append(sb.length() == 0 ? "" : ",\n").append(Json.quote(keys.get(i))).append(':').append(entries[i]);
            entries[i] = null;
        }
        for (int k = 0; k < shards; k++) {
            out.put(PortalLayout.searchFile("t/" + k + ".js"), data("t/" + k, "{" + shardText.get(k) + "}"));
            shardText.set(k, null);
        }

        out.put(PortalLayout.searchFile("meta.js"), data("meta", meta(index, docs.size(), shards, vocab)));
        for (int k = 0; k < Synonyms.SHARDS; k++) {
            out.put(PortalLayout.searchFile("syn/" + k + ".js"), data("syn/" + k, synonyms.shardJson(k)));
        }
        TraditionalSimplified.buckets().forEach((k, pairs) -> out.put(PortalLayout.searchFile("t2s/" + k + ".js"), data("t2s/" + k, Json.quote(pairs))));
        for (int start = 0, k = 0; start < docs.size(); start += layout.columnDocs(), k++) {
            out.put(PortalLayout.searchFile("c/" + k + ".js"), data("c/" + k, columns(docs.subList(start,
                    Math.min(docs.size(), start + layout.columnDocs())), vocab)));
        }
        for (int start = 0, k = 0; start < docs.size(); start += layout.fragmentDocs(), k++) {
            out.put(PortalLayout.searchFile("d/" + k + ".js"), data("d/" + k, fragments(docs.subList(start,
                    Math.min(docs.size(), start + layout.fragmentDocs())), vocab)));
        }
        return out;
    }

    /** The export key of a skip pair: "~" and its two characters. */
    static final String SKIP_PREFIX = "~";

    /**
     * A term's postings, encoded (ExportEncoding.postings), one list per field, with their lengths: only the
     * encoded lists are held (all terms are, until the shards are written), and read again where documents are
     * needed (facet counts, first blocks), on every processor.
     */
    private static final class TermData {
        final List<Integer> fields = new ArrayList<>(2);
        final List<String> encoded = new ArrayList<>(2);
        final List<Integer> lengths = new ArrayList<>(2);
        final List<Boolean> scored = new ArrayList<>(2);

        /** Postings in every field. */
        int postings() {
            return lengths.stream().mapToInt(Integer::intValue).sum();
        }

        /** The documents of the scored fields (what a one-term query's facets count). */
        List<int[]> scoredDocs() {
            List<int[]> out = new ArrayList<>();
            for (int i = 0; i < encoded.size(); i++) {
                if (scored.get(i)) {
                    out.add(ExportEncoding.Postings.decode(encoded.get(i), lengths.get(i), true).docs());
                }
            }
            return out;
        }

        String text(java.util.BitSet keep) {
            return text(keep, new StringBuilder());
        }

        /**
         * ",field,df,\"postings\"" per field (ExportEncoding.postings): all postings, or (a first block) those of
         * the scored fields' documents kept (counted in counts).
         */
        String text(java.util.BitSet keep, StringBuilder counts) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < fields.size(); i++) {
                String p = encoded.get(i);
                if (keep != null && !scored.get(i)) {
                    continue;
                }
                if (keep != null) {
                    // A first block: the kept documents' postings, decoded and written again (rare: split terms).
                    ExportEncoding.Postings all = ExportEncoding.Postings.decode(p, lengths.get(i), true);
                    ExportEncoding.Postings kept = all.only(keep);
                    StringBuilder q = new StringBuilder();
                    ExportEncoding.postings(q, kept.docs(), kept.freqs(), kept.norms());
                    p = q.toString();
                    counts.append(counts.length() > 0 ? "," : "").append(kept.docs().length);
                }
                sb.append(',').append(fields.get(i)).append(',').append(lengths.get(i)).append(",\"").append(p).append('"');
            }
            return sb.toString();
        }
    }

    /**
     * Facet counts of a term's documents, precomputed: a one-word query without filters (the most common search)
     * then needs no filter columns at all. The counts are over one index space: categories (each item counted in
     * its category and every ancestor), organs, genres, validities, years; written as pairs (index gap, count).
     */
    private static final class Facets {
        final int[][] slots;
        final int size;

        Facets(Vocabulary v, List<SearchDocument> docs) {
            int organs = v.categories().size(), genres = organs + v.organs().size(),
                    validities = genres + Genre.values().length, years = validities + Validity.values().length;
            size = years + v.years();
            slots = new int[docs.size()][];
            for (int i = 0; i < docs.size(); i++) {
                SearchDocument d = docs.get(i);
                List<Integer> s = new ArrayList<>();
                d.categories().forEach(c -> s.add(v.category(c)));
                s.add(organs + v.organ(d.organ()));
                s.add(genres + Genre.valueOf(d.genre().toUpperCase(java.util.Locale.ROOT)).ordinal());
                s.add(validities + Validity.valueOf(d.validity().toUpperCase(java.util.Locale.ROOT)).ordinal());
                s.add(years + d.year() - v.minYear());
                slots[i] = s.stream().mapToInt(Integer::intValue).toArray();
            }
        }

        String counts(List<int[]> fieldDocs) {
            java.util.BitSet union = new java.util.BitSet();
            fieldDocs.forEach(ds -> {
                for (int d : ds) {
                    union.set(d);
                }
            });
            int[] counts = new int[size];
            union.stream().forEach(d -> {
                for (int slot : slots[d]) {
                    counts[slot]++;
                }
            });
            StringBuilder sb = new StringBuilder();
            int prev = 0;
            for (int i = 0; i < size; i++) {
                if (counts[i] > 0) {
                    ExportEncoding.vlq(sb, i - prev);
                    ExportEncoding.vlq(sb, counts[i]);
                    prev = i;
                }
            }
            return sb.toString();
        }
    }

    /** The export numbers documents as Lucene does; a mismatch would silently rank the wrong items. */
    private static void check(LuceneIndex index, List<SearchDocument> docs) throws IOException {
        if (index.maxDoc() != docs.size()) {
            throw new IllegalStateException("the index has " + index.maxDoc() + " documents, the build " + docs.size());
        }
        List<String> urls = index.urls();
        for (int i = 0; i < docs.size(); i++) {
            if (!docs.get(i).url().equals(urls.get(i))) {
                throw new IllegalStateException("document " + i + " of the index is " + urls.get(i) + ", not " + docs.get(i).url());
            }
        }
    }

    private static byte[] data(String name, String json) {
        return ("gongkai._data(" + Json.quote(name) + "," + json + ");\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Filter vocabularies: every value by its position, which is what columns and fragments store. */
    private record Vocabulary(List<Category> categories, List<Organ> organs, int minYear, int years,
                              Map<String, Integer> categoryIndex, Map<String, Integer> organIndex) {
        Vocabulary(List<Category> categories, List<Organ> organs, List<SearchDocument> docs) {
            this(categories, organs, docs.stream().mapToInt(SearchDocument::year).min().orElse(0),
                    docs.isEmpty() ? 1 : docs.stream().mapToInt(SearchDocument::year).max().getAsInt()
                            - docs.stream().mapToInt(SearchDocument::year).min().getAsInt() + 1,
                    index(categories.stream().map(Category::id).toList()), index(organs.stream().map(Organ::id).toList()));
        }

        private static Map<String, Integer> index(List<String> ids) {
            Map<String, Integer> m = new LinkedHashMap<>();
            ids.forEach(id -> m.putIfAbsent(id, m.size()));
            return m;
        }

        int category(String id) {
            Integer i = categoryIndex.get(id);
            if (i == null) {
                throw new IllegalStateException("unknown category " + id);
            }
            return i;
        }

        int organ(String id) {
            Integer i = organIndex.get(id);
            if (i == null) {
                throw new IllegalStateException("unknown organ " + id);
            }
            return i;
        }
    }

    private String meta(LuceneIndex index, int n, int shards, Vocabulary v) throws IOException {
        StringBuilder sb = new StringBuilder("{\"version\":3,\"docs\":").append(n).append(",\"fields\":[");
        SearchField[] fields = SearchField.values();
        for (int i = 0; i < fields.length; i++) {
            LuceneIndex.FieldStats s = index.stats(fields[i].field());
            sb.append(i > 0 ? "," : "").append('[').append(Json.quote(fields[i].field())).append(',')
                    .append(boost(fields[i].boost())).append(',').append(s.docCount()).append(',').append(s.sumTotalTermFreq()).append(']');
        }
        sb.append("],\"sets\":[");
        for (int i = 0; i < SearchField.SETS.size(); i++) {
            sb.append(i > 0 ? "," : "").append(Json.quote(SearchField.SETS.get(i)));
        }
        sb.append("],\"shards\":").append(shards)
                .append(",\"synonymShards\":").append(Synonyms.SHARDS)
                .append(",\"synonymBoost\":").append(boost(SearchQuery.SYNONYM_BOOST))
                .append(",\"columnDocs\":").append(layout.columnDocs())
                .append(",\"fragmentDocs\":").append(layout.fragmentDocs())
                .append(",\"firstDocs\":").append(layout.firstDocs())
                .append(",\"radixes\":").append(java.util.Arrays.toString(radixes(v)).replace(" ", ""))
                .append(",\"width\":").append(ExportEncoding.width(cells(radixes(v))))
                .append(",\"minYear\":").append(v.minYear())
                .append(",\"maxYear\":").append(v.minYear() + v.years() - 1)
                .append(",\"categories\":[");
        for (int i = 0; i < v.categories().size(); i++) {
            Category c = v.categories().get(i);
            sb.append(i > 0 ? "," : "").append('[').append(Json.quote(c.id())).append(',').append(Json.quote(c.name()))
                    .append(',').append(c.parent().isEmpty() ? -1 : v.category(c.parent()))
                    .append(',').append(Json.quote(PortalLayout.category(c.id()))).append(']');
        }
        sb.append("],\"organs\":[");
        for (int i = 0; i < v.organs().size(); i++) {
            Organ o = v.organs().get(i);
            sb.append(i > 0 ? "," : "").append('[').append(Json.quote(o.id())).append(',').append(Json.quote(o.name())).append(']');
        }
        sb.append("],\"genres\":[");
        Genre[] genres = Genre.values();
        for (int i = 0; i < genres.length; i++) {
            sb.append(i > 0 ? "," : "").append(Json.quote(SearchDocuments.key(genres[i])));
        }
        sb.append("],\"validities\":[");
        Validity[] validities = Validity.values();
        for (int i = 0; i < validities.length; i++) {
            sb.append(i > 0 ? "," : "").append(Json.quote(SearchDocuments.key(validities[i])));
        }
        return sb.append("]}").toString();
    }

    /** A boost as JSON: exact for the float values boosts are (3, 1.5 …). */
    private static String boost(float b) {
        return b == (int) b ? Integer.toString((int) b) : Float.toString(b);
    }

    /**
     * The filter columns of a range of documents: each document's category, organ, genre, validity and year as
     * one mixed-radix number (radixes in {@link #radixes}, the year last) in a fixed number of digits, half the
     * digits of one cell per column.
     */
    private static String columns(List<SearchDocument> docs, Vocabulary v) {
        long[] radix = radixes(v);
        int width = ExportEncoding.width(cells(radix));
        StringBuilder sb = new StringBuilder(docs.size() * width + 2).append('"');
        for (SearchDocument d : docs) {
            long[] values = {v.category(d.category()), v.organ(d.organ()),
                    Genre.valueOf(d.genre().toUpperCase(java.util.Locale.ROOT)).ordinal(),
                    Validity.valueOf(d.validity().toUpperCase(java.util.Locale.ROOT)).ordinal(), d.year() - v.minYear()};
            long cell = 0;
            for (int i = 0; i < values.length; i++) {
                cell = cell * radix[i] + values[i];
            }
            ExportEncoding.fixed(sb, cell, width);
        }
        return sb.append('"').toString();
    }

    /** The number of values of each filter column: categories, organs, genres, validities, years. */
    private static long[] radixes(Vocabulary v) {
        return new long[] {Math.max(1, v.categories().size()), Math.max(1, v.organs().size()), Genre.values().length,
                Validity.values().length, Math.max(1, v.years())};
    }

    /** How many distinct cells the radixes allow; the browser decodes a cell as a double, exact below 2^53. */
    private static long cells(long[] radix) {
        long n = 1;
        for (long r : radix) {
            n = Math.multiplyExact(n, r);
        }
        if (n > (1L << 53)) {
            throw new IllegalStateException("too many filter values for the search export: " + n);
        }
        return n;
    }

    private String fragments(List<SearchDocument> docs, Vocabulary v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < docs.size(); i++) {
            SearchDocument d = docs.get(i);
            sb.append(i > 0 ? ",\n" : "").append('[').append(Json.quote(d.url())).append(',').append(Json.quote(d.title()))
                    .append(',').append(Json.quote(d.date().toString())).append(',').append(Json.quote(d.lang()))
                    .append(',').append(Json.quote(d.docNumber())).append(',').append(v.organ(d.organ()))
                    .append(',').append(v.category(d.category())).append(',').append(Json.quote(excerpt(d))).append(']');
        }
        return sb.append(']').toString();
    }

    /** The start of the summary and body: the text snippets are cut from in the browser. */
    private String excerpt(SearchDocument d) {
        return excerpt(d.summary(), d.body());
    }

    private String excerpt(String summary, String body) {
        String text = folded(summary, body);
        int max = layout.excerptChars();
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }

    /** The text an excerpt is cut from: summary and body, whitespace folded to single spaces. */
    private static String folded(String summary, String body) {
        return (summary.isBlank() ? body : summary + " " + body).replaceAll("\\s+", " ").strip();
    }

    /**
     * The documents as the export reads them once the index is written: each body cut to the start its excerpt is
     * made of (the shortest prefix that gives the same excerpt), so that the whole plain text of every item is not
     * held through the export (at a million items, over a gigabyte) while the pages are being written beside it.
     */
    public List<SearchDocument> withExcerptBodies(List<SearchDocument> docs) {
        List<SearchDocument> out = new ArrayList<>(docs.size());
        for (SearchDocument d : docs) {
            out.add(d.withBody(excerptBody(d)));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    private String excerptBody(SearchDocument d) {
        String body = d.body();
        // A prefix whose folded text is longer than the excerpt gives the body's own excerpt (folding a prefix gives
        // a prefix of the folded body). Whitespace folds away, so it may need more characters than that: double.
        for (int n = 2 * (layout.excerptChars() + 1); n < body.length(); n *= 2) {
            int end = Character.isHighSurrogate(body.charAt(n - 1)) ? n + 1 : n;
            String prefix = body.substring(0, end);
            String text = folded(d.summary(), prefix);
            if (text.codePointCount(0, text.length()) > layout.excerptChars()) {
                return prefix;
            }
        }
        return body;
    }
}
