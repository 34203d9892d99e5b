/**
 * The search stage: a Lucene index of the build's listed items (beside the portal, for the preview server and
 * other engines) and its static export into the portal's {@code search/} folder, which the browser engine
 * ({@code themes/default/assets/search/engine.js}) searches with Lucene's ranking, from any static host and from
 * file://.
 *
 * <h2>Analysis</h2>
 * One chain ({@link org.gongkai.core.search.Analysis}): StandardTokenizer → CJKWidthFilter → LowerCaseFilter → ICU
 * Traditional-Simplified → CJKBigramFilter (Han only). Indexing emits each Han character as a unigram and every
 * adjacent pair as an overlapping bigram (a single character stays findable); a query emits the bigrams, and a
 * unigram only for a Han character with no Han neighbour. {@code assets/search/analysis.js} mirrors it; the shared
 * vectors {@code src/test/resources/search/analysis-vectors.json} (written by Lucene) pin both. The browser's
 * Traditional→Simplified table is generated from the same ICU transliterator at build time
 * ({@link org.gongkai.core.search.TraditionalSimplified}).
 *
 * <h2>Query</h2>
 * {@link org.gongkai.core.search.SearchQuery#parse} and the engine's {@code parseQuery} split the text at white
 * space; {@code -word} excludes. The Lucene query ({@code internal.LuceneIndex#query}) is exactly what the browser
 * evaluates:
 * <pre>
 * BooleanQuery
 *   MUST  BooleanQuery(SHOULD BoostQuery(TermQuery(field, t), boost) for each SearchField)   for each distinct term t
 *   MUST_NOT BooleanQuery(MUST BooleanQuery(SHOULD TermQuery(field, u) …) for each term u of the word)  per -word
 *   FILTER TermQuery(category | organ | genre | validity, value), IntPoint range on year          per filter
 * </pre>
 * Scores are BM25Similarity's (k1 1.2, b 0.75, idf over the field's docCount, avgdl = sumTotalTermFreq / docCount,
 * norms as SmallFloat bytes): the engine repeats the float32 arithmetic step by step. Ties go to the lower document
 * number; documents are numbered in the model's order (newest first), so "newest" is document order.
 *
 * <h2>Export</h2>
 * {@link org.gongkai.core.search.StaticExport} describes the files; each is a script calling
 * {@code gongkai._data(name, value)}. Lucene is used only in {@code internal}: a move to Lucene 10 (Java 21)
 * touches {@code internal.LuceneIndex} and {@code internal.LuceneAnalysis}.
 */
package org.gongkai.core.search;
