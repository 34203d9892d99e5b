package org.gongkai.core.search;

import java.util.List;

/**
 * The total number of matching items, how many of them are in each tier ({@link SearchQuery#LOOKUP} …
 * {@link SearchQuery#RELAXED}), one page of them in order, and the synonyms the query was also read with.
 */
public record SearchResults(long total, List<Long> tiers, List<Hit> hits, List<String> synonyms) {
    public SearchResults {
        tiers = List.copyOf(tiers);
        hits = List.copyOf(hits);
        synonyms = List.copyOf(synonyms);
    }

    public static SearchResults none() {
        return new SearchResults(0, List.of(0L, 0L, 0L, 0L), List.of(), List.of());
    }

    /** Matches of the lookup, exact and near tiers: what "找到 N 条" counts; the relaxed tier comes after. */
    public long matches() {
        return tiers.get(SearchQuery.LOOKUP) + tiers.get(SearchQuery.EXACT) + tiers.get(SearchQuery.NEAR);
    }

    /**
     * A result: the item's site-relative URL, its document number, its score (NaN when sorted by date) and the tier
     * it is in.
     */
    public record Hit(String url, int doc, float score, int tier) {
    }
}
