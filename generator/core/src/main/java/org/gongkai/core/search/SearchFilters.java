package org.gongkai.core.search;

/**
 * Narrowing of a search; an empty string or 0 means "any". {@code category} matches the category and everything
 * below it; the year range is inclusive and applies to the publication date's year.
 */
public record SearchFilters(String category, String organ, String genre, String validity, int yearFrom, int yearTo) {
    public static final SearchFilters NONE = new SearchFilters("", "", "", "", 0, 0);

    public SearchFilters {
        category = category == null ? "" : category;
        organ = organ == null ? "" : organ;
        genre = genre == null ? "" : genre;
        validity = validity == null ? "" : validity;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
