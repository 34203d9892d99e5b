package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private static String example(String name) throws Exception {
        try (var in = MarkdownRendererTest.class.getResourceAsStream("/markdown/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rawHtmlCannotRunScript() throws Exception {
        String html = markdown.toHtml(example("unsafe.md"));
        String lower = html.toLowerCase(java.util.Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "href=\"javascript", "onerror", "onclick", "onload", "<iframe",
                "<form", "<object", "<style", "<svg", "style=");
        assertThat(html).contains("<h1", "通知", "alt=\"图\"", "点击", "块");
    }

    @Test
    void gfmTablesStrikethroughAutolinksAnchorsAndFootnotes() throws Exception {
        String html = markdown.toHtml(example("gfm.md"));
        assertThat(html).contains("<table>", "<th class=\"align-left\">项目</th>", "<td class=\"align-right\">12,345.67</td>");
        assertThat(html).contains("<del>500</del>");
        assertThat(html).contains("<a href=\"https://www.gov.cn/zhengce/\">");
        assertThat(html).containsPattern("<h2 id=\"[^\"]+\">一、预算收支总表</h2>");
        assertThat(html).contains("class=\"footnotes\"").contains("href=\"#fn-1\"");
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(markdown.toText("## 标题\n\n**加粗**与[链接](https://a.example/)")).contains("标题").contains("加粗与链接")
                .doesNotContain("**", "](");
    }
}
