package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.search.SearchFilters;
import org.gongkai.core.search.SearchIndex;
import org.gongkai.core.search.SearchOutputs;
import org.gongkai.core.search.SearchSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record of the 依申请公开 register is never published: a marker in every text field of a record (its register
 * number, its file name, what was asked, the reasons for an extension) appears in no byte of the public portal, its
 * feeds, open data or search export, nor in the Lucene index beside it.
 */
class RegisterLeakTest {
    private static final List<String> MARKERS = List.of("REGIDMARK", "REQUESTMARK", "EXTENSIONMARK", "FILEMARK");

    @Test
    void noFieldOfARecordReachesAnyPublicOutput(@TempDir Path tmp) throws IOException {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("fin/2026/budget.md", """
                title: 2026年部门预算
                organ: fin
                category: budget
                written: 2026-03-02
                published: 2026-03-03
                """, "预算。\n");
        site.write("content/requests/2026/filemark.yaml", """
                id: 2026-REGIDMARK
                organ: fin
                received: 2026-03-02
                channel: post
                applicant: legal-service
                request: 申请公开某单位的合同文本REQUESTMARK
                supplement: {requested: 2026-03-04, received: 2026-03-06}
                extension: {date: 2026-03-20, reason: 需要征求第三方意见EXTENSIONMARK}
                outcome: partial
                replied: 2026-04-10
                fee: {notified: 120, collected: 120}
                appeals:
                  - kind: review
                    filed: 2026-04-20
                    result: upheld
                    decided: 2026-05-20
                """);

        // The annual report counts the record (its page, JSON and CSV are public) and shows none of its words.
        site.write("content/reports/2026/fin.yaml", "published: 2026-05-20\n");

        BuildResult result = site.build();

        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        List<Path> outputs = new ArrayList<>(FixtureSite.files(site.output()));
        outputs.addAll(FixtureSite.files(SearchOutputs.indexDirFor(site.output())));
        assertThat(outputs).hasSizeGreaterThan(20);
        assertThat(site.read("reports/2026/fin.json")).contains("\"applications/partial/legal-service\"")
                .containsPattern("\"row\": \"[^\"]*（二）部分公开[^\"]*\",\\s*\"column\": \"[^\"]*法律服务机构\",\\s*\"value\": 1\\b");
        // The index stores terms compressed: ask it, as the search page would.
        try (SearchIndex index = SearchIndex.open(SearchOutputs.indexDirFor(site.output()))) {
            for (String marker : MARKERS) {
                assertThat(index.search(marker, SearchFilters.NONE, SearchSort.RELEVANCE, 10).total()).as(marker).isZero();
            }
            assertThat(index.search("合同文本", SearchFilters.NONE, SearchSort.RELEVANCE, 10).total()).isZero();
            assertThat(index.search("预算", SearchFilters.NONE, SearchSort.RELEVANCE, 10).total()).isPositive();
        }
        for (Path p : outputs) {
            String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
            for (String marker : MARKERS) {
                assertThat(bytes).as("%s in %s", marker, p).doesNotContain(marker.toLowerCase(java.util.Locale.ROOT));
                assertThat(p.toString().toLowerCase(java.util.Locale.ROOT)).doesNotContain(marker.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
