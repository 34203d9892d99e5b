package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long listing's pages link the first and last page and three on either side of their own, with a gap mark
 * between, not every page: a county's 通知公告 of some years runs to hundreds of pages.
 */
class ListingPaginationTest {
    @TempDir
    Path tmp;

    private static List<String> numbers(String html) {
        String nav = html.substring(html.indexOf("<nav class=\"pagination\""), html.indexOf("</nav>", html.indexOf("<nav class=\"pagination\"")));
        Matcher m = Pattern.compile("<li class=\"pagination-gap\" aria-hidden=\"true\">…</li>|aria-label=\"第 (\\d+) 页\"").matcher(nav);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) == null ? "…" : m.group(1));
        }
        return out;
    }

    @Test
    void aLongCategoryLinksTheEndsAndAWindowOfPages() {
        FixtureSite site = FixtureSite.in(tmp);
        int n = 12 * PortalRenderer.PAGE_SIZE;
        for (int i = 0; i < n; i++) {
            site.item(String.format("fin/2026/n%03d.md", i), """
                    title: 测试县财政局第%d号通知
                    organ: fin
                    category: budget
                    written: 2026-01-%02d
                    published: 2026-01-%02d
                    genre: notice
                    """.formatted(i, 1 + i % 28, 1 + i % 28), "正文。\n");
        }
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();

        assertThat(numbers(site.read("catalog/budget/index.html"))).containsExactly("1", "2", "3", "4", "…", "12");
        String sixth = site.read("catalog/budget/page/6/index.html");
        assertThat(numbers(sixth)).containsExactly("1", "…", "3", "4", "5", "6", "7", "8", "9", "…", "12");
        assertThat(sixth).contains("aria-current=\"page\" aria-label=\"第 6 页\"")
                .contains("rel=\"prev\"").contains("rel=\"next\"").contains("第 6 页，共 12 页");
        assertThat(numbers(site.read("catalog/budget/page/12/index.html"))).containsExactly("1", "…", "9", "10", "11", "12");
    }
}
