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
        // Annual reports over a register: the index, pages, JSON and CSV whatever order the files came in.
        List<String> applicants = List.of("natural-person", "commercial", "research", "public-interest", "legal-service", "other");
        for (int i : order) {
            site.write("content/requests/2026/r-" + i + ".yaml", """
                    organ: %s
                    received: 2026-03-0%d
                    channel: online
                    applicant: %s
                    outcome: granted
                    replied: 2026-03-1%d
                    fee: {notified: %d.5, collected: %d}
                    """.formatted(i % 2 == 0 ? "fin" : "gov", i + 1, applicants.get(i - 1), i, i, i));
        }
        for (String organ : reverse ? List.of("gov", "fin") : List.of("fin", "gov")) {
            site.write("content/reports/2026/" + organ + ".yaml", "published: 2026-05-20\n"
                    + (organ.equals("gov") ? "scope: county\n" : "") + "overview: 总体情况。\n");
        }
        assertThat(site.build().written()).isTrue();
        assertThat(site.output().resolve("reports/2026/gov.csv")).exists();
        return site.output();
    }
}
