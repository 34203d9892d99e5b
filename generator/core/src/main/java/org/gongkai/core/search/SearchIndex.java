package org.gongkai.core.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.gongkai.core.search.internal.LuceneIndex;

/** A built search index, opened for queries (the preview server's search API, tests, other engines). */
public final class SearchIndex implements Closeable {
    private final LuceneIndex index;

    private SearchIndex(LuceneIndex index) {
        this.index = index;
    }

    /** Writes the index of a build's listed items into {@code dir} (replacing what is there) and opens it. */
    public static SearchIndex build(Path dir, org.gongkai.core.model.SiteModel model) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        LuceneIndex.write(dir, SearchDocuments.of(model));
        return open(dir);
    }

    public static SearchIndex open(Path dir) throws IOException {
        return new SearchIndex(LuceneIndex.open(dir));
    }

    /** One page of results; {@code total} is exact. */
    public SearchResults search(SearchQuery query, SearchSort sort, int offset, int limit) throws IOException {
        return index.search(query, sort, offset, limit);
    }

    public SearchResults search(String text, SearchFilters filters, SearchSort sort, int limit) throws IOException {
        return search(SearchQuery.parse(text, filters), sort, 0, limit);
    }

    /** The Lucene query a parsed query becomes (its shape is documented in package-info). */
    public String explain(SearchQuery query) {
        return index.query(query).toString();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
