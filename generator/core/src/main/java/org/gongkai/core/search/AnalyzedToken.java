package org.gongkai.core.search;

/**
 * One token of the analysis chain: its indexed term, the UTF-16 offsets of the text it came from, and whether it
 * overlaps the previous token (a bigram over its first unigram; Lucene's position increment 0). Overlapping tokens
 * are not counted in a field's length (BM25 norms), as Lucene discounts overlaps.
 */
public record AnalyzedToken(String term, int start, int end, boolean overlap) {
}
