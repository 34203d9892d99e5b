package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A body's tables scroll in focusable, named regions; text that only looks like a table tag stays text. */
class TableRegionsTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void eachTableOfABodyIsARegionOfItsOwn() {
        String html = markdown.toHtml("| a | b |\n|---|--:|\n| 1 | 2 |\n\n正文\n\n| c |\n|---|\n| 3 |\n");
        String wrapped = TableRegions.wrap(html, "正文表格\"<x>");
        String open = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"正文表格&quot;&lt;x&gt;\"><table>";
        assertThat(wrapped.split(java.util.regex.Pattern.quote(open), -1)).hasSize(3);
        assertThat(wrapped.split("</table></div>", -1)).hasSize(3);
    }

    @Test
    void escapedTagsAndBodiesWithoutTablesAreLeftAlone() {
        String html = markdown.toHtml("写作 `<table>` 或 &lt;table&gt; 都只是文字。\n");
        assertThat(TableRegions.wrap(html, "x")).isEqualTo(html).doesNotContain("table-wrap");
    }
}
