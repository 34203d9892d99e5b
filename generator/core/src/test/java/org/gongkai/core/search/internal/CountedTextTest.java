package org.gongkai.core.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.gongkai.core.search.Analysis;
import org.junit.jupiter.api.Test;

/**
 * Counted text must index exactly what Lucene's own inversion of the token stream does (BM25 with overlaps
 * discounted): the same terms, frequencies, norms and scores. The parity tests cannot see a difference here, since
 * both engines read the same index, but a Solr collection (which analyses the text itself) would.
 */
class CountedTextTest {
    static final String FIELD = "body";
    static final List<String> TEXTS = List.of(
            "关于“放管服”改革的实施意见",
            "政府信息公开工作年度报告 政府信息公开",
            "預算 预算 预算 決算",
            "示财〔2026〕12号 ABC abc Ａｂｃ 2026",
            "公",
            "公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开 公开",
            "The county's budget, 2026: 县级预算（草案）·说明",
            "一二三四五六七八九十百千万亿".repeat(40));

    @Test
    void indexesWhatLucenesOwnInversionDoes() throws IOException {
        try (ByteBuffersDirectory plain = new ByteBuffersDirectory(); ByteBuffersDirectory counted = new ByteBuffersDirectory()) {
            FieldType type = new FieldType();
            type.setTokenized(true);
            type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
            type.freeze();
            try (IndexWriter a = new IndexWriter(plain, new IndexWriterConfig(LuceneAnalysis.indexAnalyzer()).setSimilarity(new BM25Similarity()));
                 IndexWriter b = new IndexWriter(counted, new IndexWriterConfig(LuceneAnalysis.indexAnalyzer()).setSimilarity(CountedText.SIMILARITY))) {
                for (String text : TEXTS) {
                    Document da = new Document();
                    da.add(new Field(FIELD, text, type));
                    a.addDocument(da);
                    Document db = new Document();
                    db.add(new Field(FIELD, new CountedText(Analysis.index(text)), type));
                    b.addDocument(db);
                }
            }
            try (DirectoryReader ra = DirectoryReader.open(plain); DirectoryReader rb = DirectoryReader.open(counted)) {
                LeafReader la = ra.leaves().get(0).reader(), lb = rb.leaves().get(0).reader();
                assertThat(norms(lb)).as("norms").isEqualTo(norms(la)).doesNotContain(0L);
                assertThat(postings(lb)).as("terms, documents, frequencies").isEqualTo(postings(la)).hasSizeGreaterThan(50);
                assertThat(lb.terms(FIELD).getSumTotalTermFreq()).isEqualTo(la.terms(FIELD).getSumTotalTermFreq());
                IndexSearcher sa = new IndexSearcher(ra), sb = new IndexSearcher(rb);
                for (String term : List.of("公开", "预算", "一", "abc", "放管", "2026")) {
                    ScoreDoc[] ha = sa.search(new TermQuery(new Term(FIELD, term)), 10).scoreDocs;
                    ScoreDoc[] hb = sb.search(new TermQuery(new Term(FIELD, term)), 10).scoreDocs;
                    assertThat(ha).as(term).isNotEmpty();
                    assertThat(hb).hasSameSizeAs(ha);
                    for (int i = 0; i < ha.length; i++) {
                        assertThat(hb[i].doc).isEqualTo(ha[i].doc);
                        assertThat(hb[i].score).as("score of %s in %d", term, ha[i].doc).isEqualTo(ha[i].score);
                    }
                }
            }
        }
    }

    private static List<Long> norms(LeafReader r) throws IOException {
        List<Long> out = new ArrayList<>();
        NumericDocValues n = r.getNormValues(FIELD);
        for (int d = n.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = n.nextDoc()) {
            out.add(n.longValue());
        }
        return out;
    }

    private static List<String> postings(LeafReader r) throws IOException {
        List<String> out = new ArrayList<>();
        TermsEnum te = r.terms(FIELD).iterator();
        PostingsEnum pe = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            pe = te.postings(pe, PostingsEnum.FREQS);
            for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
                out.add(t.utf8ToString() + "@" + d + "×" + pe.freq());
            }
        }
        return out;
    }
}
