package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only what is public now reaches search: withdrawn, internal, on-request, exempt, draft and scheduled items each
 * carry unique markers (a Latin word, a Han pair, a 发文字号, a 索引号) in every field, and no file of the
 * portal's search/ folder, nor the Lucene index, holds a single one of them. The export is also byte-identical
 * from one build to the next.
 */
class SearchLeakTest {
    static final Map<String, String> HIDDEN = Map.of(
            "withdrawn", "withdrawn: {date: 2026-05-20, reason: 内容有误}",
            "internal", "audience: internal",
            "onrequest", "disclosure: on-request",
            "exempt", "disclosure: exempt",
            "draft", "draft: true",
            "scheduled", "published: 2026-07-01");

    static FixtureSite site(Path dir) {
        FixtureSite site = FixtureSite.in(dir);
        SearchCorpus.write(site, 30, 5L);
        int n = 0;
        for (Map.Entry<String, String> h : new java.util.TreeMap<>(HIDDEN).entrySet()) {
            n++;
            String m = marker(h.getKey());
            String fm = """
                    title: %s %s%s 测试标题
                    organ: gov
                    category: regulation
                    written: 2026-05-10
                    %s
                    index: %s/2026-%05d
                    doc-number: 测密〔2026〕%d号
                    keywords: [%s, %s%s]
                    summary: 概述 %s
                    genre: notice
                    """.formatted(m, han(0), han(n), h.getValue().startsWith("published") ? h.getValue() : "published: 2026-05-11\n" + h.getValue(),
                    FixtureSite.GOV_CODE, 900 + n, 900 + n, m, han(0), han(n), m);
            site.item("gov/2026/hidden-" + h.getKey() + ".md", fm, "正文 " + m + " " + han(0) + han(n) + "。\n");
        }
        return site;
    }

    static String marker(String kind) {
        return "zqx" + kind + "marker";
    }

    /**
     * A Han character that neither the corpus nor the Traditional→Simplified table (which t2s.js holds) uses: the
     * n-th of the rare characters at the end of the URO block.
     */
    static String han(int n) {
        String table = TraditionalSimplified.table();
        int found = -1;
        for (int cp = 0x9FA5; cp > 0x9000; cp--) {
            if (table.indexOf(Character.toString(cp)) < 0 && ++found == n) {
                return Character.toString(cp);
            }
        }
        throw new IllegalStateException();
    }

    @Test
    void nothingNonPublicReachesTheSearchExportOrTheIndex(@TempDir Path tmp) throws Exception {
        FixtureSite site = site(tmp.resolve("site"));
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        Path search = site.output().resolve("search");
        List<Path> files = FixtureSite.files(search);
        assertThat(files).isNotEmpty();
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
        }
        String text = all.toString();
        // The public items are there; the hidden ones are not, by any of their values.
        assertThat(text).contains("财政", "测试县财政局");
        int n = 0;
        for (String kind : new java.util.TreeSet<>(HIDDEN.keySet())) {
            n++;
            assertThat(text).as(kind).doesNotContain(marker(kind), han(0), han(n), "hidden-" + kind, "测密",
                    String.format("2026-%05d", 900 + n));
        }
        try (SearchIndex index = SearchIndex.open(SearchOutputs.indexDirFor(site.output()))) {
            for (String kind : HIDDEN.keySet()) {
                assertThat(index.search(marker(kind), SearchFilters.NONE, SearchSort.RELEVANCE, 10).total()).as(kind).isZero();
            }
            assertThat(index.search(han(0), SearchFilters.NONE, SearchSort.RELEVANCE, 10).total()).isZero();
            assertThat(index.search("测密", SearchFilters.NONE, SearchSort.RELEVANCE, 10).total()).isZero();
            assertThat(index.search("财政", SearchFilters.NONE, SearchSort.RELEVANCE, 10).total()).isPositive();
        }
        // The index lives beside the portal, not in it.
        assertThat(FixtureSite.files(site.output()).stream().map(Path::toString))
                .noneMatch(p -> p.endsWith(".cfs") || p.endsWith(".si") || p.contains("segments_"));
    }

    @Test
    void exportIsByteIdenticalFromBuildToBuild(@TempDir Path tmp) throws Exception {
        FixtureSite a = site(tmp.resolve("a"));
        FixtureSite b = site(tmp.resolve("b"));
        assertThat(a.build().written()).isTrue();
        assertThat(b.build().written()).isTrue();
        List<Path> fa = FixtureSite.files(a.output().resolve("search"));
        List<Path> fb = FixtureSite.files(b.output().resolve("search"));
        assertThat(fa.stream().map(p -> a.output().relativize(p).toString()).toList())
                .isEqualTo(fb.stream().map(p -> b.output().relativize(p).toString()).toList());
        for (int i = 0; i < fa.size(); i++) {
            assertThat(Files.readAllBytes(fa.get(i))).as("%s", fa.get(i)).isEqualTo(Files.readAllBytes(fb.get(i)));
        }
    }
}
