package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gongkai.core.content.Content;
import org.gongkai.core.search.internal.LuceneIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large site's index is written in slices on several threads: the searches and the static export the browser
 * loads must be the same as from one thread, to the byte, and the slices' work folders must not stay behind.
 */
class IndexSlicesTest {
    @TempDir
    Path tmp;

    @Test
    void threeSlicesGiveTheIndexAndExportOfOne() throws Exception {
        SearchCorpus.Site site = SearchCorpus.site(tmp.resolve("site"), 150, 20261202L);
        List<SearchCorpus.Written> corpus = site.written();
        Content content = site.content();
        List<SearchDocument> docs = site.docs();
        assertThat(docs).hasSizeGreaterThan(100);

        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        Files.createDirectories(one);
        Files.createDirectories(three);
        LuceneIndex.write(one, docs, 1);
        LuceneIndex.write(three, docs, 3);
        assertThat(Files.list(three).map(p -> p.getFileName().toString())).as("the slices' work folder is gone")
                .doesNotContain("slices");

        List<String> queries = new ArrayList<>();
        for (SearchCorpus.Written w : corpus.subList(0, 40)) {
            queries.add(w.title().substring(0, Math.min(4, w.title().length())));
            queries.add(SearchCorpus.traditional(w.title()));
        }
        queries.addAll(List.of("收费", "财政预算", "乡村振兴战略", "PM2.5", "公示期内如有异议"));
        try (LuceneIndex a = LuceneIndex.open(one); LuceneIndex b = LuceneIndex.open(three)) {
            for (String q : queries) {
                for (SearchSort sort : SearchSort.values()) {
                    SearchQuery query = SearchQuery.parse(q, SearchFilters.NONE);
                    assertThat(b.search(query, sort, 0, 20)).as("%s, %s", q, sort).isEqualTo(a.search(query, sort, 0, 20));
                }
            }
            Map<String, byte[]> fromOne = new StaticExport(StaticExport.Layout.DEFAULT).export(a, docs,
                    content.catalog().all(), content.site().organs());
            Map<String, byte[]> fromThree = new StaticExport(StaticExport.Layout.DEFAULT).export(b, docs,
                    content.catalog().all(), content.site().organs());
            assertThat(fromThree.keySet()).isEqualTo(fromOne.keySet());
            for (String path : fromOne.keySet()) {
                assertThat(Arrays.equals(fromThree.get(path), fromOne.get(path))).as(path).isTrue();
            }
        }
    }
}
