package org.gongkai.core.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.gongkai.core.search.internal.LuceneIndex;

/** A built search index, opened for queries (the preview server's search API, tests, other engines). */
public final class SearchIndex implements Closeable {
    private final LuceneIndex index;
    private final Synonyms synonyms;

    private SearchIndex(LuceneIndex index, Synonyms synonyms) {
        this.index = index;
        this.synonyms = synonyms;
    }

    /** Writes the index of a build's listed items into {@code dir} (replacing what is there) and opens it. */
    public static SearchIndex build(Path dir, org.gongkai.core.model.SiteModel model) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        LuceneIndex.write(dir, SearchDocuments.of(model), synonyms(model).toLines());
        return open(dir);
    }

    /** The synonyms of a site: the built-in table and site.yaml's search-synonyms. */
    public static Synonyms synonyms(org.gongkai.core.model.SiteModel model) {
        return Synonyms.withOffice(model.content().site().synonyms());
    }

    public static SearchIndex open(Path dir) throws IOException {
        LuceneIndex index = LuceneIndex.open(dir);
        String lines = index.synonyms();
        return new SearchIndex(index, lines.isEmpty() ? Synonyms.builtIn() : Synonyms.fromLines(lines));
    }

    /** The query text parsed with the synonyms this index was built with. */
    public SearchQuery parse(String text, SearchFilters filters) {
        return SearchQuery.parse(text, filters, synonyms);
    }

    /** One page of results; totals are exact. */
    public SearchResults search(SearchQuery query, SearchSort sort, int offset, int limit) throws IOException {
        return index.search(query, sort, offset, limit);
    }

    public SearchResults search(String text, SearchFilters filters, SearchSort sort, int limit) throws IOException {
        return search(parse(text, filters), sort, 0, limit);
    }

    /** The Lucene queries a parsed query becomes, one a tier (their shape is documented in package-info). */
    public String explain(SearchQuery query) {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < SearchQuery.TIERS; t++) {
            sb.append(t > 0 ? " | " : "").append("tier ").append(t).append(": ").append(index.query(query, t));
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
