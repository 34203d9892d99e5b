package org.gongkai.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.eclipse.jgit.api.Git;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.search.MiniJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review summary approvers trust before merging cannot be shaped by the content it summarises: two pull
 * requests that differ only in the values they put in items give review.md files of the same structure, and the
 * hostile one shows its values as text.
 */
class ReviewReportForgeryTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T12:00:00+08:00");

    /** What a pull request controls; the two pull requests below are otherwise the same. */
    private record Values(String title, String organ, String reason, List<String> keywords, String body, String file) {
    }

    private static final Values BENIGN = new Values("2026年部门预算（调整）", "nobody", "方案调整", List.of("预算", "财政"),
            "预算总额120万元。\n第二行。\n", "added.md");

    private static final Values HOSTILE = new Values(
            "  </details> # 保密审查：已通过\n### 保密审查：已通过\n| a | b |\n|---|---|\n<img src=x onerror=alert(1)> "
                    + "<script>alert(1)</script> [link](http://x) ![img](http://x) @org/team *emphasis* `code` ~~~~~ ```` ",
            "<img src=x onerror=alert(1)> @org/team",
            "# 保密审查：已通过\n<img src=x onerror=alert(1)>\n| a | b |\n[link](http://x) @org/team *emphasis* ``x``",
            List.of("| a | b |", "![img](http://x)", "@org/team", "<script>alert(1)</script>", "*emphasis*", "```", "</details>"),
            """
                    正文。
                    ````
                    ~~~~~
                    ```
                    ~~~
                    ``````
                    </details>
                    <img src=x onerror=alert(1)>
                    <script>alert(1)</script>

                    # 保密审查：已通过

                    | a | b |
                    |---|---|
                    | c | d |

                    [link](http://x) ![img](http://x) @org/team *emphasis* `code` ~~~~~~
                    """,
            "x`*_[l](http:x)@org#<b>|~~~~\n# 保密审查：已通过.md");

    private static String yaml(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static String item(String title, String organ, String extra) {
        return "title: " + yaml(title) + "\norgan: " + yaml(organ) + "\ncategory: budget\nwritten: 2026-03-02\n"
                + "published: 2026-03-03\n" + extra;
    }

    /** A pull request that changes an item, withdraws one and adds one, with {@code v} in every value it writes. */
    private static ReviewSummary review(Path tmp, Values v) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("fin/2026/changed.md", item("2026年部门预算", "fin", "keywords: [预算]"), "预算总额100万元。\n第二行。\n");
        site.item("fin/2026/withdrawn.md", item("专项资金分配公告", "fin", ""), "公告。\n");
        try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
            ReviewSummarizerTest.commit(git, "初始内容");
            git.checkout().setCreateBranch(true).setName("pr").call();
            String keywords = v.keywords().stream().map(ReviewReportForgeryTest::yaml).collect(Collectors.joining(", ", "[", "]"));
            site.item("fin/2026/changed.md", item(v.title(), "fin", "keywords: " + keywords), v.body());
            site.item("fin/2026/withdrawn.md", item("专项资金分配公告", "fin",
                    "withdrawn: {date: 2026-05-02, reason: " + yaml(v.reason()) + "}"), "公告。\n");
            site.item("fin/2026/" + v.file(), item(v.title(), v.organ(), "slug: added-item"), v.body());
            ReviewSummarizerTest.commit(git, v.title());
        }
        return new ReviewSummarizer().summarize(site.content(), "main", "pr", NOW);
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Node c = root.getFirstChild(); c != null; c = c.getNext()) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
            out.addAll(all(c, type));
        }
        return out;
    }

    /** What a reader sees of a node: its text, without the invisible word joiners. */
    private static String text(Node n) {
        return all(n, Text.class).stream().map(Text::getLiteral).collect(Collectors.joining()).replace("\u2060", "");
    }

    private static List<String> blocks(Node doc) {
        List<String> out = new ArrayList<>();
        for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
            out.add(c instanceof Heading h ? "h" + h.getLevel() : c.getClass().getSimpleName());
        }
        return out;
    }

    private static List<String> tables(Node doc) {
        return all(doc, TableBlock.class).stream().map(t -> all(t, TableRow.class).stream()
                .map(r -> String.valueOf(all(r, TableCell.class).size())).collect(Collectors.joining(","))).toList();
    }

    private static Map<String, Integer> inlines(Node doc) {
        return Map.of("emphasis", all(doc, Emphasis.class).size(), "strong", all(doc, StrongEmphasis.class).size(),
                "code", all(doc, Code.class).size(), "strikethrough", all(doc, Strikethrough.class).size(),
                "html", all(doc, HtmlInline.class).size(), "image", all(doc, Image.class).size());
    }

    private static Change change(ReviewSummary s, Change.Kind kind) {
        return s.changes().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static String flat(String s) {
        return s.replace('\n', ' ').strip();
    }

    @Test
    void hostileValuesShowAsTextInASummaryOfTheSameStructure(@TempDir Path tmp) throws Exception {
        ReviewSummary benign = review(tmp.resolve("benign"), BENIGN);
        ReviewSummary hostile = review(tmp.resolve("hostile"), HOSTILE);
        assertThat(hostile.changes()).extracting(Change::kind).containsExactly(Change.Kind.ADDED, Change.Kind.CHANGED,
                Change.Kind.WITHDRAWN);
        assertThat(change(hostile, Change.Kind.CHANGED).textDiff()).contains("+````", "+~~~~~", "+``````", "+</details>");
        Node b = MarkdownTextTest.GFM.parse(ReviewReport.markdown(benign));
        Node h = MarkdownTextTest.GFM.parse(ReviewReport.markdown(hostile));

        assertThat(blocks(h)).isEqualTo(blocks(b)).contains("h2", "h3", "h4", "TableBlock", "FencedCodeBlock");
        assertThat(all(h, Heading.class)).extracting(Heading::getLevel)
                .isEqualTo(all(b, Heading.class).stream().map(Heading::getLevel).toList());
        assertThat(tables(h)).isEqualTo(tables(b)).hasSize(4);
        assertThat(all(h, FencedCodeBlock.class)).hasSameSizeAs(all(b, FencedCodeBlock.class)).hasSize(2);
        assertThat(inlines(h)).isEqualTo(inlines(b)).containsEntry("html", 0).containsEntry("image", 0);
        assertThat(all(h, Link.class)).isEmpty();
        assertThat(all(b, Link.class)).isEmpty();
        List<String> ours = List.of(ReviewReport.MARKER, "<details><summary>Text diff</summary>", "</details>");
        assertThat(all(h, HtmlBlock.class)).extracting(x -> x.getLiteral().strip())
                .isEqualTo(all(b, HtmlBlock.class).stream().map(x -> x.getLiteral().strip()).toList())
                .isSubsetOf(ours);

        // Every diff is verbatim in its code block, between its own <details> and </details>.
        for (Change c : List.of(change(hostile, Change.Kind.ADDED), change(hostile, Change.Kind.CHANGED))) {
            FencedCodeBlock block = all(h, FencedCodeBlock.class).stream()
                    .filter(f -> f.getLiteral().equals(c.textDiff())).findFirst().orElseThrow();
            assertThat(((HtmlBlock) block.getPrevious()).getLiteral()).startsWith(ours.get(1));
            assertThat(((HtmlBlock) block.getNext()).getLiteral().strip()).isEqualTo(ours.get(2));
        }
        // The values are there, as what they are: the title as the heading's text, the path, the reason, the
        // keywords and the diagnostic quoting the organ as text.
        assertThat(all(h, Heading.class).stream().filter(x -> x.getLevel() == 4).map(ReviewReportForgeryTest::text))
                .contains(flat(HOSTILE.title()));
        String shown = text(h);
        assertThat(shown).contains("items/fin/2026/" + flat(HOSTILE.file()), flat(HOSTILE.reason()),
                "未知的发布机构“" + HOSTILE.organ() + "”", "| a | b |, ![img](http://x), @org/team");

        // Only the Markdown is escaped: review.json, for tools, keeps every value exactly.
        jsonKeepsTheValues(hostile);
    }

    @SuppressWarnings("unchecked")
    private static void jsonKeepsTheValues(ReviewSummary s) {
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(ReviewReport.json(s));
        List<Map<String, Object>> changes = (List<Map<String, Object>>) json.get("changes");
        Map<String, Object> added = changes.get(0);
        assertThat(added).containsEntry("kind", "added").containsEntry("path", "items/fin/2026/" + HOSTILE.file())
                .containsEntry("title", HOSTILE.title().strip()).containsEntry("textDiff", change(s, Change.Kind.ADDED).textDiff());
        // The item's title is trimmed when loaded; the front-matter value keeps its spaces.
        assertThat((List<Map<String, Object>>) added.get("metadata")).contains(
                Map.of("key", "title", "before", "", "after", HOSTILE.title()),
                Map.of("key", "organ", "before", "", "after", HOSTILE.organ()));
        assertThat((String) added.get("textDiff")).contains(HOSTILE.body().lines().map(l -> "+" + l + "\n").toList());
        assertThat((List<String>) added.get("diagnostics")).anySatisfy(d -> assertThat(d)
                .contains("未知的发布机构“" + HOSTILE.organ() + "”"));
        Map<String, Object> changed = changes.get(1);
        assertThat((List<Map<String, Object>>) changed.get("metadata")).contains(
                Map.of("key", "title", "before", "2026年部门预算", "after", HOSTILE.title()),
                Map.of("key", "keywords", "before", "[预算]", "after", "[" + String.join(", ", HOSTILE.keywords()) + "]"));
        Map<String, Object> withdrawn = changes.get(2);
        assertThat((List<Map<String, Object>>) withdrawn.get("metadata")).containsExactly(
                Map.of("key", "withdrawn", "before", "", "after", "{date: 2026-05-02, reason: " + HOSTILE.reason() + "}"));
    }
}
