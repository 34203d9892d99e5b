package org.gongkai.core.search;

/**
 * The analyzed fields of the index, with the boost a match in each gets: the weights are explicit and tested
 * (SearchTiersTest#titleAboveSummaryAboveBody): a 发文字号, 索引号 or title match above keywords, above the summary, above the body. The
 * browser engine reads names and boosts from the export's meta.js, in this order, so changing a boost here changes
 * both sides at once.
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

    /**
     * Fields that only say whether an item has a term, for the tiers (no frequencies, no norms, no score): the
     * trigrams of every text field ({@code tri}), their pairs one or two characters apart ({@code skip}), and the keys
     * of the 发文字号 and 索引号 lookup ({@code key}). In the export they follow the scored fields, in this order.
     */
    public static final String TRIGRAMS = "tri", SKIPS = "skip", KEYS = "key";
    public static final java.util.List<String> SETS = java.util.List.of(TRIGRAMS, SKIPS, KEYS);
}
