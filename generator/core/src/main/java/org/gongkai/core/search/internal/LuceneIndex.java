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
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.gongkai.core.internal.Folders;
import org.gongkai.core.search.SearchDocument;
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
 * back in order) and merged with a merge policy that keeps adjacent segments together, then force-merged to one
 * segment: document ids are the list positions, which the browser engine uses as its tie-break, as Lucene does.
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
        // Frequencies but no positions: queries are conjunctions of terms, never phrases.
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    public static void write(Path dir, List<SearchDocument> docs) throws IOException {
        write(dir, docs, slices(docs.size(), Runtime.getRuntime().availableProcessors()));
    }

    /**
     * {@code slices} of the documents indexed at once; what the index holds (documents, their ids, terms and
     * statistics) is the same for any number. Public for the test that checks that.
     */
    public static void write(Path dir, List<SearchDocument> docs, int slices) throws IOException {
        if (slices == 1) {
            try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config(RAM_BUFFER_MB))) {
                addAll(w, docs, 0, docs.size());
                w.forceMerge(1);
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
            List<DirectoryReader> readers = new ArrayList<>();
            try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config(RAM_BUFFER_MB))) {
                List<CodecReader> leaves = new ArrayList<>();
                for (Path sliceDir : sliceDirs) {
                    DirectoryReader r = DirectoryReader.open(FSDirectory.open(sliceDir));
                    readers.add(r);
                    for (LeafReaderContext leaf : r.leaves()) {
                        leaves.add((CodecReader) leaf.reader());
                    }
                }
                w.addIndexes(leaves.toArray(CodecReader[]::new));
                w.forceMerge(1);
            } finally {
                for (DirectoryReader r : readers) {
                    r.directory().close();
                    r.close();
                }
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
                .setSimilarity(new BM25Similarity())
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
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private static Document document(SearchDocument s, int rank) {
        Document d = new Document();
        d.add(new StoredField(URL, s.url()));
        for (SearchField f : SearchField.values()) {
            String text = f.of(s);
            if (!text.isBlank()) {
                d.add(new Field(f.field(), text, TEXT));
            }
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

    public static LuceneIndex open(Path dir) throws IOException {
        return new LuceneIndex(DirectoryReader.open(FSDirectory.open(dir)));
    }

    /**
     * The query shape the browser engine evaluates: for each term a MUST clause holding a disjunction (SHOULD) of
     * {@code BoostQuery(TermQuery(field, term), boost)} over the {@link SearchField}s; for each excluding word a
     * MUST_NOT clause holding the conjunction of its terms' unboosted disjunctions; filters as FILTER clauses.
     */
    public Query query(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String term : q.terms()) {
            b.add(anyField(term, true), Occur.MUST);
        }
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
        return b.build();
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

    public SearchResults search(SearchQuery q, SearchSort sort, int offset, int limit) throws IOException {
        if (q.isEmpty()) {
            return new SearchResults(0, List.of());
        }
        Query query = query(q);
        int n = Math.max(1, offset + limit);
        TopDocs top = switch (sort) {
            case RELEVANCE -> searcher.search(query, n);
            case NEWEST -> searcher.search(query, n, new Sort(new SortField(RANK, SortField.Type.LONG)));
            case OLDEST -> searcher.search(query, n, new Sort(new SortField(RANK, SortField.Type.LONG, true)));
        };
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(new SearchResults.Hit(url(sd.doc), sd.doc, sort == SearchSort.RELEVANCE ? sd.score : Float.NaN));
        }
        // The exact count: Lucene's top-docs count is only a lower bound past 1,000 hits.
        return new SearchResults(searcher.count(query), hits);
    }

    public String url(int doc) throws IOException {
        return searcher.storedFields().document(doc).get(URL);
    }

    public int maxDoc() {
        return reader.maxDoc();
    }

    /** Per-field statistics BM25 uses: how many documents have the field, and its total term count. */
    public record FieldStats(int docCount, long sumTotalTermFreq) {
    }

    public FieldStats stats(String field) throws IOException {
        if (reader.leaves().isEmpty()) {
            return new FieldStats(0, 0);
        }
        Terms terms = leaf().terms(field);
        return terms == null ? new FieldStats(0, 0) : new FieldStats(terms.getDocCount(), terms.getSumTotalTermFreq());
    }

    /** Receives a field's terms in index order, each with its postings: document ids, frequencies, norms. */
    public interface PostingsVisitor {
        void term(String term, int[] docs, int[] freqs, int[] norms);
    }

    public void postings(String field, PostingsVisitor visitor) throws IOException {
        if (reader.leaves().isEmpty()) {
            return;
        }
        LeafReader leaf = leaf();
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return;
        }
        int maxDoc = leaf.maxDoc();
        int[] normOf = new int[maxDoc];
        NumericDocValues norms = leaf.getNormValues(field);
        if (norms != null) {
            for (int doc = norms.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = norms.nextDoc()) {
                normOf[doc] = (int) (norms.longValue() & 0xFF);
            }
        }
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        int[] docs = new int[maxDoc];
        int[] freqs = new int[maxDoc];
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            pe = te.postings(pe, PostingsEnum.FREQS);
            int n = 0;
            for (int doc = pe.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = pe.nextDoc()) {
                docs[n] = doc;
                freqs[n++] = pe.freq();
            }
            int[] nn = new int[n];
            for (int i = 0; i < n; i++) {
                nn[i] = normOf[docs[i]];
            }
            visitor.term(t.utf8ToString(), java.util.Arrays.copyOf(docs, n), java.util.Arrays.copyOf(freqs, n), nn);
        }
    }

    private LeafReader leaf() {
        if (reader.leaves().size() != 1) {
            throw new IllegalStateException("the search index must have one segment, it has " + reader.leaves().size());
        }
        return reader.leaves().get(0).reader();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
