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

    /**
     * Receives the export's files as they are made, from several threads at once: the build's write stage, so that
     * no file is held once it is made (at a million items the export is gigabytes).
     */
    @FunctionalInterface
    public interface Output {
        void write(String path, byte[] bytes);
    }

    /** The export's files by portal-relative path, in path order. */
    public Map<String, byte[]> export(LuceneIndex index, List<SearchDocument> docs, List<Category> categories,
                                      List<Organ> organs) throws IOException {
        return export(index, docs, categories, organs, Synonyms.builtIn());
    }

    /** The export's files by portal-relative path, in path order, with the synonyms the site's search applies. */
    public Map<String, byte[]> export(LuceneIndex index, List<SearchDocument> docs, List<Category> categories,
                                      List<Organ> organs, Synonyms synonyms) throws IOException {
        Map<String, byte[]> out = new java.util.concurrent.ConcurrentHashMap<>();
        write(index, docs, categories, organs, synonyms, out::put);
        return new TreeMap<>(out);
    }

    /** Terms read at a time on one processor: their postings are all the export holds of the index at once. */
    private static final int CHUNK = 512;

    /** Makes the export's files and hands each to {@code out} as soon as it is made. */
    public void write(LuceneIndex index, List<SearchDocument> docs, List<Category> categories, List<Organ> organs,
                      Synonyms synonyms, Output out) throws IOException {
        check(index, docs);
        SearchField[] fields = SearchField.values();
        List<String> names = new ArrayList<>();
        for (SearchField f : fields) {
            names.add(f.field());
        }
        names.addAll(SearchField.SETS);

        Vocabulary vocab = new Vocabulary(categories, organs, docs);
        Facets facets = new Facets(vocab, docs);
        // Every term of every field in export order, with the fields that have it and its postings in all of them;
        // the postings themselves are read CHUNK terms at a time below.
        TermList terms = TermList.of(index, names);
        int n = terms.keys().length;
        // A term with many postings is split: its shard holds a first block, the postings of the documents of its
        // own top firstDocs (as Lucene ranks the one-term query), and p/<n>.js all its postings. Which terms are
        // split, and their p/<n> numbers, in term order; then the entries on every processor, each into its place.
        int split = Math.max(3 * layout.firstDocs(), docs.size() / 16);
        int[] restOf = new int[n];
        int rests = 0;
        for (int i = 0; i < n; i++) {
            restOf[i] = terms.postings()[i] > split ? rests++ : -1;
        }
        LuceneIndex.FieldPostings[] postings = new LuceneIndex.FieldPostings[names.size()];
        for (int fi = 0; fi < names.size(); fi++) {
            postings[fi] = index.postings(names.get(fi));
        }
        String[] entries = new String[n];
        long[] sizes = new long[n];
        try {
            java.util.stream.IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
                try {
                    entries(c * CHUNK, Math.min(n, (c + 1) * CHUNK), terms, postings, fields.length, restOf, index,
                            facets, entries, sizes, out);
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
        } catch (java.io.UncheckedIOException x) {
            throw x.getCause();
        }
        long total = 0;
        for (long size : sizes) {
            total += size;
        }
        int shards = (int) Math.max(1, (total + layout.shardChars() - 1) / layout.shardChars());
        // The terms by shard, in term order within each (a counting sort), then each shard made and handed on.
        String[] keys = terms.keys();
        int[] start = new int[shards + 1];
        int[] shardOf = new int[n];
        for (int i = 0; i < n; i++) {
            shardOf[i] = (int) (ExportEncoding.hash(keys[i]) % shards);
            start[shardOf[i] + 1]++;
        }
        for (int k = 0; k < shards; k++) {
            start[k + 1] += start[k];
        }
        int[] order = new int[n];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            order[fill[shardOf[i]]++] = i;
        }
        java.util.stream.IntStream.range(0, shards).parallel().forEach(k -> {
            StringBuilder sb = new StringBuilder("{");
            for (int j = start[k]; j < start[k + 1]; j++) {
                int i = order[j];
                sb.append(j == start[k] ? "" : ",\n").append(Json.quote(keys[i])).append(':').append(entries[i]);
                entries[i] = null;
            }
            out.write(PortalLayout.searchFile("t/" + k + ".js"), data("t/" + k, sb.append('}').toString()));
        });

        out.write(PortalLayout.searchFile("meta.js"), data("meta", meta(index, docs.size(), shards, vocab)));
        for (int k = 0; k < Synonyms.SHARDS; k++) {
            out.write(PortalLayout.searchFile("syn/" + k + ".js"), data("syn/" + k, synonyms.shardJson(k)));
        }
        TraditionalSimplified.buckets().forEach((k, pairs) -> out.write(PortalLayout.searchFile("t2s/" + k + ".js"), data("t2s/" + k, Json.quote(pairs))));
        int columnFiles = (docs.size() + layout.columnDocs() - 1) / layout.columnDocs();
        java.util.stream.IntStream.range(0, columnFiles).parallel().forEach(k -> {
            int from = k * layout.columnDocs();
            out.write(PortalLayout.searchFile("c/" + k + ".js"), data("c/" + k, columns(docs.subList(from,
                    Math.min(docs.size(), from + layout.columnDocs())), vocab)));
        });
        int fragmentFiles = (docs.size() + layout.fragmentDocs() - 1) / layout.fragmentDocs();
        java.util.stream.IntStream.range(0, fragmentFiles).parallel().forEach(k -> {
            int from = k * layout.fragmentDocs();
            out.write(PortalLayout.searchFile("d/" + k + ".js"), data("d/" + k, fragments(docs.subList(from,
                    Math.min(docs.size(), from + layout.fragmentDocs())), vocab)));
        });
    }

    /**
     * The entries of terms from..to (exclusive) into entries and their sizes into sizes; a split term's file of all
     * postings is handed to out at once.
     */
    private void entries(int from, int to, TermList terms, LuceneIndex.FieldPostings[] postings, int scoredFields,
                         int[] restOf, LuceneIndex index, Facets facets, String[] entries, long[] sizes, Output out)
            throws IOException {
        int longest = 0;
        for (int i = from; i < to; i++) {
            longest = Math.max(longest, terms.postings()[i]);
        }
        int[] ds = new int[longest], fs = new int[longest], ns = new int[longest];
        LuceneIndex.FieldPostings.Cursor[] cursors = new LuceneIndex.FieldPostings.Cursor[postings.length];
        for (int i = from; i < to; i++) {
            String key = terms.keys()[i];
            TermData e = new TermData();
            for (int fi = 0; fi < postings.length; fi++) {
                if ((terms.masks()[i] & (1 << fi)) == 0) {
                    continue;
                }
                if (cursors[fi] == null) {
                    cursors[fi] = postings[fi].cursor();
                }
                boolean scored = fi < scoredFields;
                String term = terms.skips() == fi ? key.substring(SKIP_PREFIX.length()) : key;
                int m = cursors[fi].read(term, ds, fs, ns);
                e.add(fi, new ExportEncoding.Postings(java.util.Arrays.copyOf(ds, m),
                        scored ? java.util.Arrays.copyOf(fs, m) : null, scored ? java.util.Arrays.copyOf(ns, m) : null));
            }
            if (e.postings() != terms.postings()[i]) {
                // Only deleted documents could make the counts differ, and the build's index has none.
                throw new IllegalStateException("term " + key + " has " + e.postings() + " postings, its count is "
                        + terms.postings()[i]);
            }
            String counts = facets.counts(e.scoredDocs());
            if (restOf[i] >= 0) {
                String name = "p/" + restOf[i];
                out.write(PortalLayout.searchFile(name + ".js"), data(name, "[\"" + counts + "\"" + e.text(null) + "]"));
                LuceneIndex.Top top = e.hasScored() ? index.topOfToken(key, layout.firstDocs())
                        : new LuceneIndex.Top(0, new int[0]);
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
        }
    }

    /** The export key of a skip pair: "~" and its two characters. */
    static final String SKIP_PREFIX = "~";

    /**
     * Every term of the index's fields as the export keys them (a skip pair under "~" and its two characters: its own
     * entry, as only near tests need it), in String order; for each, a mask of the fields (bit i: the i-th of the
     * scored fields then the sets) that have it and its number of postings in all of them.
     */
    private record TermList(String[] keys, int[] masks, int[] postings, int skips) {
        static TermList of(LuceneIndex index, List<String> names) throws IOException {
            int fieldCount = names.size();
            List<String[]> fieldKeys = new ArrayList<>();
            List<int[]> fieldCounts = new ArrayList<>();
            for (String name : names) {
                String prefix = name.equals(SearchField.SKIPS) ? SKIP_PREFIX : "";
                List<String> ks = new ArrayList<>();
                int[][] counts = {new int[1024]};
                index.terms(name, (t, df) -> {
                    if (ks.size() == counts[0].length) {
                        counts[0] = java.util.Arrays.copyOf(counts[0], 2 * ks.size());
                    }
                    counts[0][ks.size()] = df;
                    ks.add(prefix + t);
                });
                String[] k = ks.toArray(new String[0]);
                int[] c = java.util.Arrays.copyOf(counts[0], k.length);
                inStringOrder(k, c);
                fieldKeys.add(k);
                fieldCounts.add(c);
            }
            int bound = fieldKeys.stream().mapToInt(k -> k.length).sum();
            String[] keys = new String[bound];
            int[] masks = new int[bound], postings = new int[bound];
            int[] at = new int[fieldCount];
            int n = 0;
            while (true) {
                String min = null;
                for (int f = 0; f < fieldCount; f++) {
                    String[] k = fieldKeys.get(f);
                    if (at[f] < k.length && (min == null || k[at[f]].compareTo(min) < 0)) {
                        min = k[at[f]];
                    }
                }
                if (min == null) {
                    break;
                }
                for (int f = 0; f < fieldCount; f++) {
                    String[] k = fieldKeys.get(f);
                    if (at[f] < k.length && k[at[f]].equals(min)) {
                        masks[n] |= 1 << f;
                        postings[n] += fieldCounts.get(f)[at[f]];
                        k[at[f]++] = null;
                    }
                }
                keys[n++] = min;
            }
            return new TermList(java.util.Arrays.copyOf(keys, n), java.util.Arrays.copyOf(masks, n),
                    java.util.Arrays.copyOf(postings, n), names.indexOf(SearchField.SKIPS));
        }

        /**
         * Sorts a field's terms (and their counts with them) into String order. Lucene orders by code point, String by
         * UTF-16 unit: the two differ only where a character outside the BMP meets one from U+E000 up, so this is
         * almost always a check.
         */
        private static void inStringOrder(String[] keys, int[] counts) {
            boolean sorted = true;
            for (int i = 1; i < keys.length && sorted; i++) {
                sorted = keys[i - 1].compareTo(keys[i]) < 0;
            }
            if (sorted) {
                return;
            }
            Integer[] perm = new Integer[keys.length];
            for (int i = 0; i < perm.length; i++) {
                perm[i] = i;
            }
            java.util.Arrays.sort(perm, java.util.Comparator.comparing(i -> keys[i]));
            String[] k = keys.clone();
            int[] c = counts.clone();
            for (int i = 0; i < perm.length; i++) {
                keys[i] = k[perm[i]];
                counts[i] = c[perm[i]];
            }
        }
    }

    /** A term's postings in each field that has it, while its entry is made (CHUNK terms at a time). */
    private static final class TermData {
        final List<Integer> fields = new ArrayList<>(2);
        final List<ExportEncoding.Postings> lists = new ArrayList<>(2);

        void add(int field, ExportEncoding.Postings p) {
            fields.add(field);
            lists.add(p);
        }

        /** Postings in every field. */
        int postings() {
            return lists.stream().mapToInt(p -> p.docs().length).sum();
        }

        boolean hasScored() {
            return lists.stream().anyMatch(p -> p.freqs() != null);
        }

        /** The documents of the scored fields (what a one-term query's facets count). */
        List<int[]> scoredDocs() {
            return lists.stream().filter(p -> p.freqs() != null).map(ExportEncoding.Postings::docs).toList();
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
                ExportEncoding.Postings p = lists.get(i);
                boolean scored = p.freqs() != null;
                if (keep != null && !scored) {
                    continue;
                }
                if (keep != null) {
                    p = p.only(keep);
                    counts.append(counts.length() > 0 ? "," : "").append(p.docs().length);
                }
                StringBuilder q = new StringBuilder(p.docs().length * (scored ? 3 : 2));
                ExportEncoding.postings(q, p.docs(), p.freqs(), p.norms());
                sb.append(',').append(fields.get(i)).append(',').append(lists.get(i).docs().length).append(",\"").append(q).append('"');
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

        /**
         * The counts of the union of the fields' documents. Most terms have a few postings: the union is merged from
         * the sorted lists, not set in a bitset as wide as the site, and only the slots touched are read back, so a
         * rare term costs its postings, not the site's size.
         */
        String counts(List<int[]> fieldDocs) {
            int[] docs = union(fieldDocs);
            int[] counts = new int[size];
            int[] touched = new int[Math.min(size, 16)];
            int t = 0;
            for (int d : docs) {
                for (int slot : slots[d]) {
                    if (counts[slot]++ == 0) {
                        if (t == touched.length) {
                            touched = java.util.Arrays.copyOf(touched, Math.min(size, 2 * t));
                        }
                        touched[t++] = slot;
                    }
                }
            }
            java.util.Arrays.sort(touched, 0, t);
            StringBuilder sb = new StringBuilder();
            int prev = 0;
            for (int k = 0; k < t; k++) {
                int i = touched[k];
                ExportEncoding.vlq(sb, i - prev);
                ExportEncoding.vlq(sb, counts[i]);
                prev = i;
            }
            return sb.toString();
        }

        /** The documents in any of the lists (each sorted, without repeats), sorted, each once. */
        static int[] union(List<int[]> lists) {
            if (lists.size() == 1) {
                return lists.get(0);
            }
            int total = 0;
            for (int[] l : lists) {
                total += l.length;
            }
            int[] all = new int[total];
            int at = 0;
            for (int[] l : lists) {
                System.arraycopy(l, 0, all, at, l.length);
                at += l.length;
            }
            java.util.Arrays.sort(all);
            int n = 0;
            for (int i = 0; i < all.length; i++) {
                if (n == 0 || all[i] != all[n - 1]) {
                    all[n++] = all[i];
                }
            }
            return n == all.length ? all : java.util.Arrays.copyOf(all, n);
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
        return WHITESPACE.matcher(summary.isBlank() ? body : summary + " " + body).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /**
     * The documents as the export reads them once the index is written: each body cut to the start its excerpt is
     * made of (the shortest prefix that gives the same excerpt), so that the whole plain text of every item is not
     * held through the export (at a million items, over a gigabyte) while the pages are being written beside it.
     */
    public List<SearchDocument> withExcerptBodies(List<SearchDocument> docs) {
        List<SearchDocument> out = new ArrayList<>(docs.size());
        for (SearchDocument d : docs) {
            out.add(withExcerptBody(d));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** One document as {@link #withExcerptBodies} gives it. */
    public SearchDocument withExcerptBody(SearchDocument d) {
        return d.withBody(excerptBody(d));
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
