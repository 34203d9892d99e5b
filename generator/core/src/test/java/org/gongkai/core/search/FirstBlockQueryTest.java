package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.core.search.internal.LuceneIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's first blocks come from a shortcut (only the exact tier of one token is searched): for every token of
 * a site it must give the documents, in order, and the count that the full tiered search of that token gives.
 */
class FirstBlockQueryTest {
    @TempDir
    Path tmp;

    @Test
    void aTokensExactTierIsItsWholeTieredSearch() throws Exception {
        List<SearchDocument> docs = SearchCorpus.site(tmp.resolve("site"), 120, 20261203L).docs();
        Set<String> tokens = new TreeSet<>();
        docs.forEach(d -> Analysis.index(d.title() + " " + d.summary()).forEach(t -> tokens.add(t.term())));
        tokens.add("没有这个词");
        Path dir = tmp.resolve("index");
        Files.createDirectories(dir);
        LuceneIndex.write(dir, docs);

        int frequent = 0;
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            for (String t : tokens) {
                LuceneIndex.Top full = index.top(SearchQuery.ofTerm(t), 30);
                LuceneIndex.Top quick = index.topOfToken(t, 30);
                assertThat(quick.total()).as(t).isEqualTo(full.total());
                assertThat(quick.docs()).as(t).containsExactly(full.docs());
                if (full.total() > 30) {
                    frequent++;
                }
            }
        }
        assertThat(frequent).as("tokens with more matches than a first block holds").isGreaterThan(5);
        assertThat(tokens).hasSizeGreaterThan(200);
    }
}
