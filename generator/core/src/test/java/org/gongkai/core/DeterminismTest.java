package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same content and "now" give byte-identical portals, whatever the folder or the order files were written in. */
class DeterminismTest {

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path tmp) throws Exception {
        Path a = build(tmp.resolve("a"), false);
        Path b = build(tmp.resolve("b"), true);
        List<Path> filesA = FixtureSite.files(a).stream().map(a::relativize).toList();
        List<Path> filesB = FixtureSite.files(b).stream().map(b::relativize).toList();
        assertThat(filesA).isEqualTo(filesB).hasSizeGreaterThan(20);
        for (Path rel : filesA) {
            assertThat(Files.readAllBytes(b.resolve(rel))).as(rel.toString()).isEqualTo(Files.readAllBytes(a.resolve(rel)));
        }
    }

    private static Path build(Path dir, boolean reverse) {
        FixtureSite site = FixtureSite.in(dir);
        List<Integer> order = new java.util.ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        if (reverse) {
            java.util.Collections.reverse(order);
        }
        for (int i : order) {
            // Same publication time for several items: the URL decides their order.
            site.item("fin/2026/budget-" + i + ".md", """
                    title: 2026年第%d批预算公开
                    organ: fin
                    category: budget
                    written: 2026-02-0%d
                    published: 2026-02-10
                    index: %s/2026-0000%d
                    keywords: [预算, 公开]
                    """.formatted(i, i, FixtureSite.FIN_CODE, i), "| 项目 | 金额 |\n|---|---:|\n| 办公费 | %d |\n".formatted(i * 100));
        }
        assertThat(site.build().written()).isTrue();
        return site.output();
    }
}
