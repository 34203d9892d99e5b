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
    void aBareAddressEndsWhereTheChineseTextAfterItBegins() throws Exception {
        String html = markdown.toHtml(example("autolinks.md"));
        assertThat(html).contains("<a href=\"http://www.gov.cn\">www.gov.cn</a>、写信给",
                "<a href=\"mailto:gk&#64;test.example\">gk&#64;test.example</a>。",
                "<a href=\"https://www.gov.cn/zhengce/content/2026-01/05/content_1.htm\">"
                        + "https://www.gov.cn/zhengce/content/2026-01/05/content_1.htm</a>&#xff0c;或致电",
                "<a href=\"http://zwgk.example.gov.cn/\">http://zwgk.example.gov.cn/</a>&#xff08;示例县",
                "<a href=\"http://www.example.gov.cn\">www.example.gov.cn</a>.查询");
        // Written as links, an address keeps its Chinese characters; in code it is not linked.
        assertThat(html).contains("<a href=\"https://a.example/通知.pdf\">通知</a>", "<a href=\"https://a.example/公告.pdf\">https://a.example/公告.pdf</a>",
                "<code>www.gov.cn、代码里不链接</code>");
        assertThat(html).doesNotContain("写信给</a>", "或致电</a>", "专栏&#xff09;</a>", "查询</a>");
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(markdown.toText("## 标题\n\n**加粗**与[链接](https://a.example/)")).contains("标题").contains("加粗与链接")
                .doesNotContain("**", "](");
    }
}
