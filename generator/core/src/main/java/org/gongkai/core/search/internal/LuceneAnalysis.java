package org.gongkai.core.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.gongkai.core.search.AnalyzedToken;

import com.ibm.icu.text.Transliterator;

/**
 * The one analysis chain, as Lucene analyzers: JoinerCharFilter (quotation marks, book-title marks, middle dots
 * and spaces inside a Han word dropped) → StandardTokenizer → CJKWidthFilter → LowerCaseFilter →
 * Traditional-Simplified (ICU's transform, shipped as a table) → CJKBigramFilter (Han only). The index analyzer
 * also emits each Han character as a
 * unigram (overlapping the bigrams, so single characters stay findable); the query analyzer emits bigrams, and a
 * unigram only for a Han character with no Han neighbour, so a query of n adjacent characters asks for n-1 bigrams.
 * Every Lucene analysis class the project uses is named here and nowhere else.
 */
public final class LuceneAnalysis {
    /** ICU's id of the transform the table is generated from (and the Solr configset runs). */
    public static final String TRADITIONAL_SIMPLIFIED = "Traditional-Simplified";

    private static final Analyzer INDEX = analyzer(true);
    private static final Analyzer QUERY = analyzer(false);

    private LuceneAnalysis() {
    }

    public static Analyzer indexAnalyzer() {
        return INDEX;
    }

    public static Analyzer queryAnalyzer() {
        return QUERY;
    }

    private static Analyzer analyzer(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return new JoinerCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new CJKWidthFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new SimplifiedFilter(ts); // ICU's Traditional-Simplified, as a table (see there)
                ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN, unigrams);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    public static List<AnalyzedToken> tokens(String text, boolean index) {
        List<AnalyzedToken> out = new ArrayList<>();
        try (TokenStream ts = (index ? INDEX : QUERY).tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new AnalyzedToken(term.toString(), offset.startOffset(), offset.endOffset(),
                        inc.getPositionIncrement() == 0));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    /** The text with the joiners inside Han runs dropped, as the analyzers' char filter drops them. */
    public static String dropJoiners(String text) {
        return JoinerCharFilter.strip(text);
    }

    /** ICU's transform, which the shipped table is generated from and checked against. */
    public static Transliterator traditionalSimplified() {
        return Transliterator.getInstance(TRADITIONAL_SIMPLIFIED);
    }
}
