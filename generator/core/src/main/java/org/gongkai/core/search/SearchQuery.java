package org.gongkai.core.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed query, the same way in Java and in the browser engine. The text is split at white space (ASCII white
 * space, no-break space, ideographic space); a word that starts with {@code -} or {@code －} excludes, any other
 * word includes. Each word is analyzed with the query chain ({@link Analysis#query}); the distinct terms of the
 * including words, in order of first appearance, must all match. An excluding word removes the items that match
 * all of its terms.
 */
public record SearchQuery(List<String> terms, List<List<String>> excluded, SearchFilters filters) {
    private static final Pattern SPACE = Pattern.compile("[ \\t\\n\\r\\f\\u000B\\u00A0\\u3000]+");

    public SearchQuery {
        terms = List.copyOf(terms);
        excluded = excluded.stream().map(List::copyOf).toList();
    }

    public static SearchQuery parse(String text, SearchFilters filters) {
        Set<String> terms = new LinkedHashSet<>();
        List<List<String>> excluded = new ArrayList<>();
        for (String word : SPACE.split(text == null ? "" : text)) {
            boolean minus = word.length() > 1 && (word.charAt(0) == '-' || word.charAt(0) == '\uFF0D');
            List<String> t = Analysis.query(minus ? word.substring(1) : word).stream().map(AnalyzedToken::term)
                    .distinct().toList();
            if (minus) {
                if (!t.isEmpty()) {
                    excluded.add(t);
                }
            } else {
                terms.addAll(t);
            }
        }
        return new SearchQuery(new ArrayList<>(terms), excluded, filters);
    }

    /** A query without terms finds nothing (filters alone do not list the portal). */
    public boolean isEmpty() {
        return terms.isEmpty();
    }
}
