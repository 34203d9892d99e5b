package org.gongkai.core.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gongkai.core.FixtureSite;

/**
 * The core's search test fixtures (in its test jar), for the SolrCloud tests: the parity site and its query set
 * ({@link SearchParityTest}), and the leak site with its hidden items and their markers ({@link SearchLeakTest}).
 */
public final class CoreFixtures {
    private CoreFixtures() {
    }

    /** One query of the parity set. */
    public record ParityQuery(String q, SearchFilters filters, SearchSort sort) {
    }

    /** The parity site: the corpus SearchParityTest builds, written under {@code dir}. */
    public static FixtureSite paritySite(Path dir) {
        FixtureSite site = FixtureSite.in(dir);
        SearchCorpus.write(site, 180, 20260601L);
        return site;
    }

    /** SearchParityTest's queries over that corpus (drawn from it with a fixed seed). */
    public static List<ParityQuery> parityQueries(Path dir) {
        SearchParityTest.site = FixtureSite.in(dir.resolve("replay"));
        SearchParityTest.corpus = SearchCorpus.write(SearchParityTest.site, 180, 20260601L);
        return SearchParityTest.queries().stream().map(q -> new ParityQuery(q.q(), q.filters(), q.sort())).toList();
    }

    /** A site whose withdrawn, internal, on-request, exempt, draft and scheduled items carry markers in every field. */
    public static FixtureSite leakSite(Path dir) {
        return SearchLeakTest.site(dir);
    }

    /** The kinds of hidden items, each with what makes it hidden. */
    public static Map<String, String> hidden() {
        return SearchLeakTest.HIDDEN;
    }

    /** The Latin marker of a hidden item, in every one of its fields. */
    public static String marker(String kind) {
        return SearchLeakTest.marker(kind);
    }

    /** The n-th rare Han character the leak site's hidden items use (0 in all of them, n in the n-th). */
    public static String han(int n) {
        return SearchLeakTest.han(n);
    }
}
