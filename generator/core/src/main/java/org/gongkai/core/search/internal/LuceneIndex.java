package org.gongkai.core.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.gongkai.core.internal.Folders;
import org.gongkai.core.search.Analysis;
import org.gongkai.core.search.SearchDocument;
import org.gongkai.core.search.SearchDocuments;
import org.gongkai.core.search.SearchField;
import org.gongkai.core.search.SearchFilters;
import org.gongkai.core.search.SearchQuery;
import org.gongkai.core.search.SearchResults;
import org.gongkai.core.search.SearchSort;

/**
 * The Lucene index: writing it, searching it, and reading it back for the static export. All of Lucene's index and
 * search API the project uses is in this class, so that moving to Lucene 10 (Java 21) touches only here and
 * {@link LuceneAnalysis}.
 *
 * <p>Documents are added in the given order (in contiguous slices on their own threads for a large site, added
 * back in order) with a merge policy that keeps adjacent segments together, and the segments read as one:
 * document ids are the list positions, which the browser engine uses as its tie-break, as Lucene does.
 */
public final class LuceneIndex implements Closeable {
    /** Stored: the item's URL. */
    static final String URL = "url";
    /** Filters: category (with ancestors), organ, genre, validity as keywords; year as a point. */
    static final String CATEGORY = "category";
    static final String ORGAN = "organ";
    static final String GENRE = "genre";
    static final String VALIDITY = "validity";
    static final String YEAR = "year";
    /** Position in the model's list (newest first), for the date orders. */
    static final String RANK = "rank";

    private static final FieldType TEXT = textType();
    /** The tier fields: whether a document has a term, nothing else. */
    private static final FieldType SET = setType();

    static {
        // A query of many words with synonyms has many term clauses across its tiers; they are bounded by the
        // query's own limits (SearchQuery), not by Lucene's default of 1024.
        IndexSearcher.setMaxClauseCount(1 << 16);
    }
    private static final int RAM_BUFFER_MB = 128;
    private static final int MIN_SLICE = 2_000;
    private static final int MAX_SLICES = 4;
    /** Where the slices are indexed, inside the index folder, and deleted once merged. */
    private static final String SLICES = "slices";

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private LuceneIndex(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
    }

    private static FieldType textType() {
        // Frequencies but no positions: the tiers' tests of adjacency are the trigram and skip fields'.
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    private static FieldType setType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setOmitNorms(true);
        t.setIndexOptions(IndexOptions.DOCS);
        t.freeze();
        return t;
    }

    /** The key of the commit data that holds the synonyms the index was built with. */
    static final String SYNONYMS = "gongkai.synonyms";

    public static void write(Path dir, List<SearchDocument> docs) throws IOException {
        write(dir, docs, "");
    }

    /** Writes the index; {@code synonyms} (lines, Synonyms' own form) is kept in the commit data. */
    public static void write(Path dir, List<SearchDocument> docs, String synonyms) throws IOException {
        write(dir, docs, synonyms, slices(docs.size(), Runtime.getRuntime().availableProcessors()));
    }

    /**
     * {@code slices} of the documents indexed at once; what the index holds (documents, their ids, terms and
     * statistics) is the same for any number. Public for the test that checks that.
     */
    public static void write(Path dir, List<SearchDocument> docs, int slices) throws IOException {
        write(dir, docs, "", slices);
    }

    private static void write(Path dir, List<SearchDocument> docs, String synonyms, int slices) throws IOException {
        java.util.Map<String, String> commit = java.util.Map.of(SYNONYMS, synonyms);
        if (slices == 1) {
            try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config(RAM_BUFFER_MB))) {
                addAll(w, docs, 0, docs.size());
                w.setLiveCommitData(commit.entrySet());
            }
            return;
        }
        // Analysis and inversion are most of the work: contiguous slices are indexed on their own threads, and
        // their segments merged in order into one, so that document ids stay the list positions.
        Path work = dir.resolve(SLICES);
        List<Path> sliceDirs = new ArrayList<>();
        for (int k = 0; k < slices; k++) {
            sliceDirs.add(work.resolve(Integer.toString(k)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(slices, r -> {
            Thread t = new Thread(r, "gongkai-search-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < slices; k++) {
                int from = (int) ((long) docs.size() * k / slices);
                int to = (int) ((long) docs.size() * (k + 1) / slices);
                Path sliceDir = sliceDirs.get(k);
                done.add(pool.submit(() -> {
                    try (FSDirectory d = FSDirectory.open(sliceDir);
                         IndexWriter w = new IndexWriter(d, config(RAM_BUFFER_MB / slices))) {
                        addAll(w, docs, from, to); // segments in document order: one thread, adjacent merges
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                await(f);
            }
            // The slices' segments are copied in order, not merged: merging was a tenth of the index's cost, and
            // searches and the export read the segments as one (document ids in the list's order).
            try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config(RAM_BUFFER_MB))) {
                List<FSDirectory> slicesOpen = new ArrayList<>();
                try {
                    for (Path sliceDir : sliceDirs) {
                        slicesOpen.add(FSDirectory.open(sliceDir));
                    }
                    w.addIndexes(slicesOpen.toArray(org.apache.lucene.store.Directory[]::new));
                } finally {
                    for (FSDirectory sd : slicesOpen) {
                        sd.close();
                    }
                }
                w.setLiveCommitData(commit.entrySet());
            }
        } finally {
            pool.shutdownNow();
            Folders.delete(work);
        }
    }

    /** Slices of at least {@value #MIN_SLICE} documents, one per processor, at most {@value #MAX_SLICES}. */
    static int slices(int documents, int processors) {
        return Math.max(1, Math.min(Math.min(processors, MAX_SLICES), documents / MIN_SLICE));
    }

    private static IndexWriterConfig config(int ramBufferMb) {
        return new IndexWriterConfig(LuceneAnalysis.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(CountedText.SIMILARITY)
                .setMergePolicy(new LogDocMergePolicy())
                .setRAMBufferSizeMB(ramBufferMb)
                .setCommitOnClose(true);
    }

    private static void addAll(IndexWriter w, List<SearchDocument> docs, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            w.addDocument(document(docs.get(i), i));
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the search index was written");
        } catch (ExecutionException e) {
            throw org.gongkai.core.internal.Futures.rethrow(e);
        }
    }

    private static Document document(SearchDocument s, int rank) {
        Document d = new Document();
        d.add(new StoredField(URL, s.url()));
        // Each text field analysed once: counted for Lucene, and the same tokens make the tier fields.
        java.util.Map<SearchField, List<org.gongkai.core.search.AnalyzedToken>> analysed = new java.util.EnumMap<>(SearchField.class);
        for (SearchField f : SearchField.values()) {
            String text = f.of(s);
            if (!text.isBlank()) {
                List<org.gongkai.core.search.AnalyzedToken> tokens = Analysis.index(text);
                analysed.put(f, tokens);
                d.add(new Field(f.field(), new CountedText(tokens), TEXT));
            }
        }
        SearchDocuments.Sets sets = SearchDocuments.sets(s, analysed::get);
        if (!sets.trigrams().isEmpty()) {
            d.add(new Field(SearchField.TRIGRAMS, new TermList(sets.trigrams()), SET));
        }
        if (!sets.skips().isEmpty()) {
            d.add(new Field(SearchField.SKIPS, new TermList(sets.skips()), SET));
        }
        for (String key : sets.keys()) {
            d.add(new StringField(SearchField.KEYS, key, Field.Store.NO));
        }
        for (String c : s.categories()) {
            d.add(new StringField(CATEGORY, c, Field.Store.NO));
        }
        d.add(new StringField(ORGAN, s.organ(), Field.Store.NO));
        d.add(new StringField(GENRE, s.genre(), Field.Store.NO));
        d.add(new StringField(VALIDITY, s.validity(), Field.Store.NO));
        d.add(new IntPoint(YEAR, s.year()));
        d.add(new NumericDocValuesField(RANK, rank));
        return d;
    }

    /** A ready list of terms as a token stream (the tier fields are computed, not analysed). */
    private static final class TermList extends org.apache.lucene.analysis.TokenStream {
        private final java.util.Iterator<String> it;
        private final org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);

        /** {@code terms}: a list nobody changes while the document is indexed (Sets' lists are unmodifiable). */
        TermList(List<String> terms) {
            it = terms.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!it.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(it.next());
            return true;
        }
    }

    public static LuceneIndex open(Path dir) throws IOException {
        return new LuceneIndex(DirectoryReader.open(FSDirectory.open(dir)));
    }

    /** The synonyms the index was built with (its commit data), in Synonyms' own form. */
    public String synonyms() throws IOException {
        return reader.getIndexCommit().getUserData().getOrDefault(SYNONYMS, "");
    }

    /**
     * The score of a query, the same in every tier: for each distinct token (the words' own, then those only
     * synonyms bring, {@link SearchQuery#terms}) a SHOULD clause {@code BoostQuery(BooleanQuery(SHOULD
     * BoostQuery(TermQuery(field, t), fieldBoost) for each SearchField), tokenBoost)}, the token boost being 1 or
     * {@link SearchQuery#SYNONYM_BOOST}.
     */
    public Query scoring(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : q.terms()) {
            float boost = q.boost(t);
            Query any = anyField(t, true);
            b.add(boost == 1f ? any : new BoostQuery(any, boost), Occur.SHOULD);
        }
        return b.build();
    }

    /** Whether a document is in a tier (no score): see SearchQuery for what each tier means. */
    public Query tier(SearchQuery q, int tier) {
        return switch (tier) {
            case SearchQuery.LOOKUP -> lookup(q);
            case SearchQuery.EXACT -> all(q.words().stream().map(LuceneIndex::exact).toList());
            case SearchQuery.NEAR -> all(q.words().stream().map(w -> w.quoted() ? exact(w) : near(w)).toList());
            default -> relaxed(q);
        };
    }

    private static Query lookup(SearchQuery q) {
        if (q.keys().isEmpty()) {
            return new org.apache.lucene.search.MatchNoDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        q.keys().forEach(k -> b.add(new TermQuery(new Term(SearchField.KEYS, k)), Occur.SHOULD));
        return b.build();
    }

    private static Query all(List<Query> clauses) {
        if (clauses.isEmpty()) {
            return new org.apache.lucene.search.MatchNoDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(c -> b.add(c, Occur.FILTER));
        return b.build();
    }

    private static Query any(List<Query> clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(c -> b.add(c, Occur.SHOULD));
        return b.build();
    }

    /** A word as written: one of its readings has every token (in some field) and every trigram. */
    static Query exact(SearchQuery.Word w) {
        return any(w.readings().stream().map(r -> {
            List<Query> c = new ArrayList<>();
            r.tokens().forEach(t -> c.add(anyField(t, false)));
            r.trigrams().forEach(g -> c.add(new TermQuery(new Term(SearchField.TRIGRAMS, g))));
            return all(c);
        }).toList());
    }

    /** A word near: one of its readings has every token, a near pair also when its characters are a little apart. */
    static Query near(SearchQuery.Word w) {
        return any(w.readings().stream().map(r -> all(r.tokens().stream().map(t -> r.nearPairs().contains(t)
                ? any(List.of(anyField(t, false), new TermQuery(new Term(SearchField.SKIPS, t))))
                : anyField(t, false)).toList())).toList());
    }

    /** A share of the tokens, for the words as typed or with one word read as a synonym; phrases exact. */
    static Query relaxed(SearchQuery q) {
        List<Query> readings = new ArrayList<>();
        for (List<SearchQuery.Reading> reading : q.relaxedReadings()) {
            List<Query> c = new ArrayList<>();
            java.util.LinkedHashSet<String> tokens = new java.util.LinkedHashSet<>();
            for (int i = 0; i < reading.size(); i++) {
                if (reading.get(i) == null) {
                    c.add(exact(q.words().get(i)));
                } else {
                    tokens.addAll(reading.get(i).tokens());
                }
            }
            if (!tokens.isEmpty()) {
                BooleanQuery.Builder share = new BooleanQuery.Builder();
                tokens.forEach(t -> share.add(anyField(t, false), Occur.SHOULD));
                share.setMinimumNumberShouldMatch(SearchQuery.share(tokens.size()));
                c.add(share.build());
            }
            readings.add(all(c));
        }
        return any(readings);
    }

    /**
     * The query of one tier as Lucene runs it and the browser engine evaluates it: the score (a SHOULD clause,
     * optional, so a lookup hit without any token scores 0), the tier as a FILTER, the tiers before it as MUST_NOT
     * (a result is in the first tier it matches), each excluding word as a MUST_NOT of the conjunction of its
     * tokens, and the filters as FILTER clauses (category, organ, genre, validity terms; the year as a range).
     */
    public Query query(SearchQuery q, int tier) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query s = scoring(q);
        if (!((BooleanQuery) s).clauses().isEmpty()) {
            b.add(s, Occur.SHOULD);
        }
        b.add(tier(q, tier), Occur.FILTER);
        for (int before = 0; before < tier; before++) {
            b.add(tier(q, before), Occur.MUST_NOT);
        }
        restrict(b, q);
        return b.build();
    }

    /** The same as one query: every tier (for the explain text and the date orders' groups). */
    public Query matches(SearchQuery q, boolean relaxedToo) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanQuery.Builder tiers = new BooleanQuery.Builder();
        for (int t = 0; t < (relaxedToo ? SearchQuery.TIERS : SearchQuery.RELAXED); t++) {
            tiers.add(tier(q, t), Occur.SHOULD);
        }
        b.add(tiers.build(), Occur.FILTER);
        restrict(b, q);
        return b.build();
    }

    private static void restrict(BooleanQuery.Builder b, SearchQuery q) {
        for (List<String> word : q.excluded()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            word.forEach(t -> all.add(anyField(t, false), Occur.MUST));
            b.add(all.build(), Occur.MUST_NOT);
        }
        SearchFilters f = q.filters();
        keyword(b, CATEGORY, f.category());
        keyword(b, ORGAN, f.organ());
        keyword(b, GENRE, f.genre());
        keyword(b, VALIDITY, f.validity());
        if (f.yearFrom() != 0 || f.yearTo() != 0) {
            b.add(IntPoint.newRangeQuery(YEAR, f.yearFrom() == 0 ? Integer.MIN_VALUE : f.yearFrom(),
                    f.yearTo() == 0 ? Integer.MAX_VALUE : f.yearTo()), Occur.FILTER);
        }
    }

    private static Query anyField(String term, boolean boosted) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (SearchField f : SearchField.values()) {
            Query t = new TermQuery(new Term(f.field(), term));
            any.add(boosted ? new BoostQuery(t, f.boost()) : t, Occur.SHOULD);
        }
        return any.build();
    }

    private static void keyword(BooleanQuery.Builder b, String field, String value) {
        if (!value.isEmpty()) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /**
     * One page of results in order: by relevance, tier after tier (lookup, exact, near, relaxed), each by score
     * with ties to the lower document; by date, the matches (lookup, exact, near) in date order, then the relaxed
     * ones in date order. Totals are exact, per tier.
     */
    public SearchResults search(SearchQuery q, SearchSort sort, int offset, int limit) throws IOException {
        if (q.isEmpty()) {
            return new SearchResults(0, List.of(0L, 0L, 0L, 0L), List.of(), q.synonymsRead());
        }
        int n = Math.max(1, offset + limit);
        List<Long> totals = new ArrayList<>();
        Query[] tiers = new Query[SearchQuery.TIERS];
        for (int t = 0; t < SearchQuery.TIERS; t++) {
            tiers[t] = query(q, t);
            totals.add((long) searcher.count(tiers[t]));
        }
        List<SearchResults.Hit> all = new ArrayList<>();
        if (sort == SearchSort.RELEVANCE) {
            for (int t = 0; t < SearchQuery.TIERS && all.size() < n; t++) {
                if (totals.get(t) == 0) {
                    continue;
                }
                for (ScoreDoc sd : searcher.search(tiers[t], n - all.size()).scoreDocs) {
                    all.add(new SearchResults.Hit(url(sd.doc), sd.doc, sd.score, t));
                }
            }
        } else {
            Sort order = new Sort(new SortField(RANK, SortField.Type.LONG, sort == SearchSort.OLDEST));
            // Each tier's weight once per search: rewriting a tier (its terms looked up) per hit was most of a
            // date-ordered search.
            Weight[] weights = new Weight[tiers.length];
            for (int t = 0; t < tiers.length; t++) {
                weights[t] = searcher.createWeight(searcher.rewrite(tiers[t]), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
            for (Query group : List.of(matches(q, false), query(q, SearchQuery.RELAXED))) {
                if (all.size() >= n) {
                    break;
                }
                for (ScoreDoc sd : searcher.search(group, n - all.size(), order).scoreDocs) {
                    all.add(new SearchResults.Hit(url(sd.doc), sd.doc, Float.NaN, tierOf(weights, sd.doc)));
                }
            }
        }
        long total = totals.stream().mapToLong(Long::longValue).sum();
        List<SearchResults.Hit> page = offset >= all.size() ? List.of() : all.subList(offset, all.size());
        return new SearchResults(total, totals, page, q.synonymsRead());
    }

    /** The first tier whose query matches a document. */
    private int tierOf(Weight[] tiers, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int target = doc - leaf.docBase;
        for (int t = 0; t < tiers.length; t++) {
            Scorer sc = tiers[t].scorer(leaf);
            if (sc != null && sc.iterator().advance(target) == target) {
                return t;
            }
        }
        return SearchQuery.RELAXED;
    }

    /** The ids of the best {@code limit} documents by relevance, and the exact count. */
    public record Top(long total, int[] docs) {
    }

    /**
     * A relevance search that returns document ids only: the static export's first blocks need no more, and reading
     * each hit's stored URL took a fifteenth of a large build.
     */
    public Top top(SearchQuery q, int limit) throws IOException {
        if (q.isEmpty()) {
            return new Top(0, new int[0]);
        }
        // As search() orders by relevance: tier by tier, each by score.
        int n = Math.max(1, limit);
        List<Integer> docs = new ArrayList<>();
        long total = 0;
        for (int t = 0; t < SearchQuery.TIERS; t++) {
            Query tier = query(q, t);
            int count = searcher.count(tier);
            total += count;
            if (count > 0 && docs.size() < n) {
                for (ScoreDoc sd : searcher.search(tier, n - docs.size()).scoreDocs) {
                    docs.add(sd.doc);
                }
            }
        }
        return new Top(total, docs.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * {@link #top}{@code (SearchQuery.ofTerm(token), limit)}, for the export's first blocks: one token without
     * trigrams, near pairs or keys matches only in the exact tier (the near and relaxed tiers ask for the same token
     * and hold nothing more), so those tiers' counts, each a pass over the token's postings, are skipped.
     */
    public Top topOfToken(String token, int limit) throws IOException {
        Query exact = query(SearchQuery.ofTerm(token), SearchQuery.EXACT);
        // One pass that counts every hit and keeps the top: a count and then a search read the postings twice, and
        // this runs once for every frequent term of the export (5 % of the 10,000-item build's samples).
        org.apache.lucene.search.TopDocs top = searcher.search(exact,
                new org.apache.lucene.search.TopScoreDocCollectorManager(Math.max(1, limit), null, Integer.MAX_VALUE));
        int count = Math.toIntExact(top.totalHits.value);
        if (count == 0) {
            return new Top(0, new int[0]);
        }
        ScoreDoc[] hits = top.scoreDocs;
        int[] docs = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
        }
        return new Top(count, docs);
    }

    public String url(int doc) throws IOException {
        return searcher.storedFields().document(doc).get(URL);
    }

    /** Every document's URL, by document id: one stored-fields reader for all (one a document was a build's 2 %). */
    public List<String> urls() throws IOException {
        org.apache.lucene.index.StoredFields stored = searcher.storedFields();
        List<String> out = new ArrayList<>(reader.maxDoc());
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            out.add(stored.document(doc, java.util.Set.of(URL)).get(URL));
        }
        return out;
    }

    public int maxDoc() {
        return reader.maxDoc();
    }

    /** Per-field statistics BM25 uses: how many documents have the field, and its total term count. */
    public record FieldStats(int docCount, long sumTotalTermFreq) {
    }

    public FieldStats stats(String field) throws IOException {
        Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, field);
        return terms == null ? new FieldStats(0, 0) : new FieldStats(terms.getDocCount(), terms.getSumTotalTermFreq());
    }

    /** Receives a field's terms in index order, each with the number of documents that have it. */
    public interface TermCounts {
        void term(String term, int docFreq);
    }

    /** A field's terms and their document counts, without their postings (read them with {@link #postings}). */
    public void terms(String field, TermCounts visitor) throws IOException {
        Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            visitor.term(t.utf8ToString(), te.docFreq());
        }
    }

    /**
     * The postings of one field, read term by term: the export reads a range of terms at a time on each processor
     * instead of holding every term's postings at once (at a million items, gigabytes). The norms are read once.
     */
    public FieldPostings postings(String field) throws IOException {
        return new FieldPostings(field);
    }

    /** See {@link #postings}; the segments as one: documents numbered across them. Thread-safe; its cursors are not. */
    public final class FieldPostings {
        private final Terms terms;
        private final byte[] normOf;

        private FieldPostings(String field) throws IOException {
            terms = org.apache.lucene.index.MultiTerms.getTerms(reader, field);
            normOf = new byte[reader.maxDoc()];
            NumericDocValues norms = org.apache.lucene.index.MultiDocValues.getNormValues(reader, field);
            if (norms != null) {
                for (int doc = norms.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = norms.nextDoc()) {
                    normOf[doc] = (byte) norms.longValue();
                }
            }
        }

        /** A cursor for one thread. */
        public Cursor cursor() throws IOException {
            return new Cursor(terms == null ? null : terms.iterator());
        }

        /** Reads terms of the field; terms in index order are read fastest. */
        public final class Cursor {
            private final TermsEnum te;
            private PostingsEnum pe;

            private Cursor(TermsEnum te) {
                this.te = te;
            }

            /**
             * The term's postings into docs, freqs and norms (each at least maxDoc long): their number, 0 when the
             * field does not have the term.
             */
            public int read(String term, int[] docs, int[] freqs, int[] norms) throws IOException {
                if (te == null || !te.seekExact(new BytesRef(term))) {
                    return 0;
                }
                pe = te.postings(pe, PostingsEnum.FREQS);
                int n = 0;
                for (int doc = pe.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = pe.nextDoc()) {
                    docs[n] = doc;
                    freqs[n] = pe.freq();
                    norms[n++] = normOf[doc] & 0xFF;
                }
                return n;
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
