package org.gongkai.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Text from a pull request, escaped, renders as that text in every place the review summary puts it. */
class MarkdownTextTest {
    /**
     * GitHub renders comments as GFM: tables, strikethrough and autolinks on top of CommonMark. Addresses are left
     * out of the autolinks: autolink-java takes any non-ASCII character into an address (for internationalised
     * domains), where GFM takes only ASCII letters, digits, '-' and '_' after the '@', so the word joiner after
     * it, which GitHub honours, does not stop autolink-java (see breaksMentionsIssueReferencesAndAutolinks…).
     */
    static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.WWW).build()))
            .build();

    private static final List<String> HOSTILE = List.of(
            "# 保密审查：已通过", "### 保密审查：已通过 ###", "保密审查\n===", "- 列表", "+ 列表", "* 列表", "1. 列表", "1) 列表",
            "> 引用", "    缩进的代码", "```", "~~~~~", "***", "---", "| a | b |", "|---|---|", "a | b",
            "<details>", "</details>", "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<!-- x -->",
            "[link](http://x)", "![img](http://x)", "[ref]: http://x", "[ref]", "<http://x>", "http://x.example/a",
            "www.x.example", "a@x.example", "@org/team", "@someone", "*emphasis*", "**strong**", "_u_", "__uu__",
            "~~s~~", "`code`", "``co`de``", "$x^2$", "&amp; &#60; &copy;", "a\\", "\\*", "[^1]", "#12",
            "x\n# 保密审查：已通过\n| a | b |", "x\r\n- y\u2028z\u0085w\t\u0000v", "  \t 前后空白 \n ");

    /** The text of every Text node, without the word joiners that break GitHub's mentions and autolinks. */
    private static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }
        });
        return sb.toString().replace("\u2060", "");
    }

    /** The node types below {@code n}, in document order: the structure the Markdown has. */
    private static List<String> shape(Node n) {
        List<String> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            out.add(c.getClass().getSimpleName());
            out.addAll(shape(c));
        }
        return out;
    }

    private static String flat(String s) {
        return s.replaceAll("[\\p{Cc}\u2028\u2029]", " ").strip();
    }

    @Test
    void backslashEscapesEveryAsciiPunctuationCharacterButRendersAmpersandAndBracketsAsEntities() {
        for (char c : "!\"#$%'()*+,-./:;=?@[\\]^_`{|}~".toCharArray()) {
            assertThat(MarkdownText.escape(String.valueOf(c)).replace("\u2060", "")).isEqualTo("\\" + c);
        }
        assertThat(MarkdownText.escape("<script>&amp;")).isEqualTo("&lt;script&gt;&amp;amp\\;");
        assertThat(MarkdownText.escape("预算 2026")).isEqualTo("预算 2026");
    }

    @Test
    void flattensLineBreaksAndOuterWhitespace() {
        assertThat(MarkdownText.escape("  一\n二\r三\u2028四\u0085五\t六\u0000七  ")).isEqualTo("一 二 三 四 五 六 七");
        assertThat(MarkdownText.escape(" \n\t ")).isEmpty();
    }

    @Test
    void spellsOutInvisibleFormatCharacters() {
        // A right-to-left override reorders what the approver reads; a zero-width space hides a look-alike 索引号.
        // (The "+" is backslash-escaped like all ASCII punctuation; it renders as ⟨U+202E⟩.)
        assertThat(MarkdownText.escape("示财\u202E号21")).isEqualTo("示财⟨U\\+202E⟩号21");
        assertThat(MarkdownText.escape("2026-0\u200B0001")).isEqualTo("2026\\-0⟨U\\+200B⟩0001");
        assertThat(MarkdownText.escape("\uFEFF标题")).isEqualTo("⟨U\\+FEFF⟩标题");
    }

    @Test
    void breaksMentionsIssueReferencesAndAutolinksWithAWordJoiner() {
        // GitHub's mentions and GFM's addresses want an ASCII letter or digit right after the '@'.
        assertThat(MarkdownText.escape("@org/team")).isEqualTo("\\@\u2060org\\/team");
        assertThat(MarkdownText.escape("a@x.example")).isEqualTo("a\\@\u2060x\\.example");
        assertThat(MarkdownText.escape("#12")).isEqualTo("\\#\u206012");
        assertThat(MarkdownText.escape("http://x")).isEqualTo("http\\:\u2060\\/\\/x");
        assertThat(MarkdownText.escape("WWW.x")).isEqualTo("WWW\u2060\\.x");
        // Colons elsewhere (times, file:line) keep their plain form.
        assertThat(MarkdownText.escape("09:00")).isEqualTo("09\\:00");
    }

    @Test
    void rendersAsPlainTextInEveryPlaceTheSummaryPutsAValue() {
        for (String s : HOSTILE) {
            String e = MarkdownText.escape(s);
            assertThat(shape(GFM.parse(e))).as(s).containsExactly("Paragraph", "Text");
            assertThat(shape(GFM.parse("#### " + e))).as(s).containsExactly("Heading", "Text");
            assertThat(shape(GFM.parse("- ❌ " + e))).as(s).containsExactly("BulletList", "ListItem", "Paragraph", "Text");
            assertThat(shape(GFM.parse("- **" + e + "**"))).as(s)
                    .containsExactly("BulletList", "ListItem", "Paragraph", "StrongEmphasis", "Text");
            Node table = GFM.parse("| key | before | after |\n|---|---|---|\n| k | " + e + " | " + e + " |\n");
            assertThat(shape(table)).as(s).containsExactly("TableBlock", "TableHead", "TableRow", "TableCell", "Text",
                    "TableCell", "Text", "TableCell", "Text", "TableBody", "TableRow", "TableCell", "Text", "TableCell",
                    "Text", "TableCell", "Text");
            assertThat(text(GFM.parse(e))).as(s).isEqualTo(flat(s));
            Node lastCell = table.getLastChild().getLastChild().getLastChild().getLastChild();
            assertThat(lastCell).isInstanceOf(TableCell.class);
            assertThat(text(lastCell)).as(s).isEqualTo(flat(s));
        }
    }

    @Test
    void aFenceIsLongerThanAnyBacktickRunItEncloses() {
        assertThat(MarkdownText.fence("")).isEqualTo("```");
        assertThat(MarkdownText.fence("~~~~~~\n~~~\n")).isEqualTo("```");
        assertThat(MarkdownText.fence("a `` b")).isEqualTo("```");
        assertThat(MarkdownText.fence("```\n")).isEqualTo("````");
        assertThat(MarkdownText.fence("x ``````` y\n````\n")).isEqualTo("````````");
        String diff = "@@ -1 +1,6 @@\n-正文\n+````\n````\n   ``````\n~~~~~\n```diff\n</details>\n";
        String fence = MarkdownText.fence(diff);
        Node doc = GFM.parse(fence + "diff\n" + diff + fence + "\n\n</details>\n");
        assertThat(shape(doc)).containsExactly("FencedCodeBlock", "HtmlBlock");
        assertThat(((FencedCodeBlock) doc.getFirstChild()).getLiteral()).isEqualTo(diff);
    }
}
