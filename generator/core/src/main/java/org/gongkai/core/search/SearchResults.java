package org.gongkai.core.search;

import java.util.List;

/** The total number of matching items and one page of them, best first. */
public record SearchResults(long total, List<Hit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** A result: the item's site-relative URL, its document number and its score (NaN when sorted by date). */
    public record Hit(String url, int doc, float score) {
    }
}
