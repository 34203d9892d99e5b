package org.gongkai.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongkai.core.content.Category;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.MarkdownRenderer;

/**
 * The documents of a build's search: the model's listed entries and nothing else. In a public build that is what
 * is public now: no withdrawn, internal, on-request, exempt, draft or scheduled item can reach the index. The
 * validity facet is the one on the build's day ({@link Entry#validity}).
 */
public final class SearchDocuments {
    private SearchDocuments() {
    }

    public static List<SearchDocument> of(SiteModel model) {
        return List.copyOf(whenRead(model));
    }

    /**
     * The same documents, each made anew when it is read (its plain text from the item's Markdown), none held: for
     * the index, which reads each once, so that the plain text of every item is not in memory at once (at a million
     * items, gigabytes). Safe to read from several threads.
     */
    public static List<SearchDocument> whenRead(SiteModel model) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<Entry> listed = model.listed();
        return new java.util.AbstractList<>() {
            @Override
            public SearchDocument get(int index) {
                return document(model, markdown, listed.get(index));
            }

            @Override
            public int size() {
                return listed.size();
            }
        };
    }

    private static SearchDocument document(SiteModel model, MarkdownRenderer markdown, Entry e) {
        if (!e.listed()) {
            throw new IllegalStateException("an unlisted entry in the model's listed items: " + e.url());
        }
        var i = e.item();
        List<String> categories = new ArrayList<>();
        List<Category> path = model.content().catalog().path(e.category());
        for (int k = path.size() - 1; k >= 0; k--) {
            categories.add(path.get(k).id());
        }
        return new SearchDocument(e.url(), i.title(), i.docNumber(), i.index(), String.join("，", i.keywords()),
                i.summary(), markdown.toText(i.body()), categories, e.organ().id(), e.firstPublished(),
                key(i.genre()), key(e.validity()), i.lang().tag());
    }

    /**
     * The terms of a document's tier fields ({@link SearchField#SETS}): the trigrams and skip pairs of all its text
     * fields, each once, in the order the fields have them, and its lookup keys (its 发文字号's, its 索引号's). The
     * Lucene index and the SolrCloud documents both take them from here, so that a tier means the same on both.
     */
    public record Sets(List<String> trigrams, List<String> skips, List<String> keys) {
    }

    public static Sets sets(SearchDocument s) {
        return sets(s, f -> Analysis.index(f.of(s)));
    }

    /**
     * The same from each field's tokens as indexed ({@link Analysis#index}), for a caller that has them already
     * (the Lucene index analyses each field once); not asked for a field whose text is blank.
     */
    public static Sets sets(SearchDocument s, java.util.function.Function<SearchField, List<AnalyzedToken>> indexed) {
        // In the order the text has them, each once (an index does not care in which order a document's terms
        // come; the order is kept so that the same text gives the same documents everywhere).
        Analysis.TierTerms tiers = new Analysis.TierTerms();
        for (SearchField f : SearchField.values()) {
            String text = f.of(s);
            if (!text.isBlank()) {
                tiers.add(Analysis.runs(indexed.apply(f)));
            }
        }
        List<String> keys = new ArrayList<>();
        String dk = org.gongkai.core.content.DocNumber.key(s.docNumber());
        if (!dk.isEmpty()) {
            keys.add(SearchQuery.docKeyTerm(dk));
        }
        String ik = SearchQuery.indexKeyTerm(s.indexNumber());
        if (!ik.isEmpty()) {
            keys.add(ik);
        }
        return new Sets(tiers.trigrams(), tiers.skips(), List.copyOf(keys));
    }

    static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
