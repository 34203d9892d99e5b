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
 * Once the index is written, the export holds each body only as far as its excerpt reads: the export's files must be
 * the same, to the byte, as from the whole bodies, for bodies whose whitespace folds away, with a character outside
 * the BMP at the cut, short ones and ones behind a long summary.
 */
class ExcerptBodiesTest {
    @TempDir
    Path tmp;

    @Test
    void cutBodiesGiveTheSameExportAndHoldLittle() throws Exception {
        SearchCorpus.Site site = SearchCorpus.site(tmp.resolve("site"), 40, 20261203L);
        Content content = site.content();
        List<SearchDocument> docs = new ArrayList<>();
        List<SearchDocument> plain = site.docs();
        String long1 = "政府信息公开工作年度报告".repeat(300);
        for (int i = 0; i < plain.size(); i++) {
            SearchDocument d = plain.get(i);
            docs.add(switch (i % 6) {
                case 0 -> d.withBody("公开" + " \n\t ".repeat(400) + long1);
                case 1 -> d.withBody("财".repeat(241) + "\uD842\uDFB7".repeat(500)); // 𠮷 across the first cut
                case 2 -> d.withBody("简短的正文。");
                case 3 -> d.withBody("");
                default -> d.withBody(d.body() + long1);
            });
        }
        Path dir = tmp.resolve("index");
        Files.createDirectories(dir);
        LuceneIndex.write(dir, docs, 1);
        StaticExport export = new StaticExport(StaticExport.Layout.DEFAULT);
        List<SearchDocument> cut = export.withExcerptBodies(docs);

        assertThat(cut).hasSameSizeAs(docs);
        long before = docs.stream().mapToLong(d -> d.body().length()).sum();
        long after = cut.stream().mapToLong(d -> d.body().length()).sum();
        assertThat(after).as("characters of body held").isLessThan(before / 4);
        for (int i = 0; i < docs.size(); i++) {
            if (i % 6 == 1 || i % 6 >= 4) {
                // twice the excerpt's 120 characters, and the second half of a character outside the BMP
                assertThat(cut.get(i).body().length()).as("body %d", i).isLessThanOrEqualTo(243);
            }
            assertThat(docs.get(i).body()).startsWith(cut.get(i).body());
            assertThat(cut.get(i).withBody(docs.get(i).body())).isEqualTo(docs.get(i));
        }
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            Map<String, byte[]> whole = export.export(index, docs, content.catalog().all(), content.site().organs());
            Map<String, byte[]> fromCut = export.export(index, cut, content.catalog().all(), content.site().organs());
            assertThat(fromCut.keySet()).isEqualTo(whole.keySet());
            for (String path : whole.keySet()) {
                assertThat(Arrays.equals(fromCut.get(path), whole.get(path))).as(path).isTrue();
            }
        }
    }
}
