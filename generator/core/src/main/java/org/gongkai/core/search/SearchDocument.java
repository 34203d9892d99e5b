package org.gongkai.core.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One item as search sees it: the texts that are analyzed and the values filters and result lists use. Documents
 * are numbered in the model's list order (newest first), which is also the order of Lucene's document ids.
 *
 * @param categories the item's category id first, then its ancestors' (a filter on a category finds items below it)
 * @param body the Markdown body as plain text: words only, no markup or URLs
 */
public record SearchDocument(String url, String title, String docNumber, String indexNumber, String keywords,
                             String summary, String body, List<String> categories, String organ, LocalDate date,
                             String genre, String validity, String lang) {
    public SearchDocument {
        categories = List.copyOf(categories);
    }

    /** The same document with another body text. */
    public SearchDocument withBody(String body) {
        return new SearchDocument(url, title, docNumber, indexNumber, keywords, summary, body, categories, organ, date,
                genre, validity, lang);
    }

    public String category() {
        return categories.get(0);
    }

    public int year() {
        return date.getYear();
    }
}
