package org.gongkai.core.search;

/**
 * The analyzed fields of the index, with the boost a match in each gets. The browser engine reads names and boosts
 * from the export's meta.js, in this order, so changing a boost here changes both sides at once.
 */
public enum SearchField {
    TITLE("title", 3f),
    DOC_NUMBER("docnum", 3f),
    INDEX_NUMBER("index", 3f),
    KEYWORDS("keywords", 2f),
    SUMMARY("summary", 1.5f),
    BODY("body", 1f);

    private final String field;
    private final float boost;

    SearchField(String field, float boost) {
        this.field = field;
        this.boost = boost;
    }

    /** The Lucene field name. */
    public String field() {
        return field;
    }

    public float boost() {
        return boost;
    }

    /** This field's text of a document (empty when the item has none: the field is then left out). */
    public String of(SearchDocument d) {
        return switch (this) {
            case TITLE -> d.title();
            case DOC_NUMBER -> d.docNumber();
            case INDEX_NUMBER -> d.indexNumber();
            case KEYWORDS -> d.keywords();
            case SUMMARY -> d.summary();
            case BODY -> d.body();
        };
    }
}
