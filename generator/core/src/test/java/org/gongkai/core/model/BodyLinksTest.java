package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.check.BodyLinks;
import org.gongkai.core.check.LinkDestination;
import org.gongkai.core.check.LinkProblem;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.diagnostic.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links in Markdown bodies to the portal's own items, pages and attachments: every accepted form (docs/content.md)
 * works on the built page, from file:// too (made relative to the page); one the build does not write is an error
 * at its line and column; one from a public page to a non-public item is a warning and shows as text only; an
 * attachment linked from a body is used, and copied with the page that links it.
 */
class BodyLinksTest {
    @TempDir
    Path tmp;

    private FixtureSite site() {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/attachments/2026/fees.csv", "项目,标准\n登记费,80\n");
        site.write("content/attachments/2026/secret-plan.pdf", "%PDF");
        site.write("content/pages/about.md", "---\ntitle: 关于本站\n---\n见[收费办法](items/gov/2026/fees.md)和[附件](/attachments/2026/fees.csv)。\n");
        site.item("gov/2026/fees.md", """
                title: 测试县收费管理办法
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                """, "## 第一条\n\n正文。\n");
        site.item("gov/2026/internal.md", """
                title: 内部工作方案
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                audience: internal
                """, "见[方案附件](attachments/2026/secret-plan.pdf)。\n");
        return site;
    }

    private static List<String> reported(BuildResult r, Code code) {
        return r.diagnostics().stream().filter(d -> d.code() == code)
                .map(d -> d.file() + ":" + d.line() + ":" + d.column()).toList();
    }

    @Test
    void everyAcceptedFormLeadsToItsPageFromTheBuiltPortal() throws Exception {
        FixtureSite site = site();
        site.write("content/attachments/2026/logo.png", "PNG");
        site.item("gov/2026/reading.md", """
                title: 收费管理办法解读
                organ: gov
                category: interpretation
                written: 2026-03-06
                published: 2026-03-06
                """, """
                - [文件](items/gov/2026/fees.md)
                - [页面地址](/items/gov/2026/fees/)
                - [不带斜杠](/items/gov/2026/fees)
                - [内容路径](/content/items/gov/2026/fees.md#第一条)
                - [完整网址](https://gk.test.example/items/gov/2026/fees/index.html)
                - [关于](pages/about.md) [关于页](/pages/about/)
                - [收费表](attachments/2026/fees.csv) ![标志](/attachments/2026/logo.png)
                - [栏目](/catalog/regulation/) [首页](/) [政策文件库](/policies/) [开放数据](/data/items.json)
                - [中国政府网](https://www.gov.cn/) [邮件](mailto:gk@test.example) [本页](#top)
                """);
        BuildResult result = site.build();
        assertThat(result.diagnostics()).as("no link problem").noneMatch(d -> d.code() == Code.BROKEN_LINK
                || d.code() == Code.LINK_NOT_PUBLIC || d.code() == Code.IGNORED_FILE);
        assertThat(result.written()).isTrue();

        String page = site.read("items/gov/2026/reading/index.html");
        String item = "../../../../items/gov/2026/fees/index.html";
        assertThat(page).contains("<a href=\"" + item + "\">文件</a>", "<a href=\"" + item + "\">页面地址</a>",
                "<a href=\"" + item + "\">不带斜杠</a>", "<a href=\"" + item + "#第一条\">内容路径</a>",
                "<a href=\"" + item + "\">完整网址</a>",
                "<a href=\"../../../../pages/about/index.html\">关于</a>", "<a href=\"../../../../pages/about/index.html\">关于页</a>",
                "<a href=\"../../../../attachments/2026/fees.csv\">收费表</a>", "src=\"../../../../attachments/2026/logo.png\"",
                "<a href=\"../../../../catalog/regulation/index.html\">栏目</a>", "<a href=\"../../../../index.html\">首页</a>",
                "<a href=\"../../../../policies/index.html\">政策文件库</a>", "<a href=\"../../../../data/items.json\">开放数据</a>",
                "<a href=\"https://www.gov.cn/\">中国政府网</a>", "<a href=\"mailto:gk&#64;test.example\">邮件</a>", "<a href=\"#top\">本页</a>");
        assertThat(site.read("pages/about/index.html")).contains("<a href=\"../../items/gov/2026/fees/index.html\">收费办法</a>",
                "<a href=\"../../attachments/2026/fees.csv\">附件</a>");
        // Each link resolves to a file the build wrote.
        for (String f : List.of("items/gov/2026/fees/index.html", "pages/about/index.html", "attachments/2026/fees.csv",
                "attachments/2026/logo.png", "catalog/regulation/index.html", "policies/index.html", "data/items.json")) {
            assertThat(site.output().resolve(f)).as(f).exists();
        }
    }

    @Test
    void aLinkToWhatTheBuildDoesNotWriteIsAnErrorAtItsLineAndColumn() {
        FixtureSite site = site();
        // The body starts on line 8 of the file (after five keys between two --- lines); columns count characters.
        site.item("gov/2026/broken.md", """
                title: 链接有误的通知
                organ: gov
                category: regulation
                written: 2026-03-06
                published: 2026-03-06
                """, """
                见[旧文件](items/gov/2026/no-such.md)。
                另见：[页面](/items/gov/2025/fees/)、[附件](attachments/2026/missing.pdf)
                和[页](/pages/nothing/)，[相对](../2025/fees.md)，[目录](/catalog/nothing/)，![图](attachments/x.png)。
                [可用](items/gov/2026/fees.md)
                """);
        BuildResult validated = site.engine().build().validate();
        assertThat(reported(validated, Code.BROKEN_LINK)).containsExactly(
                "items/gov/2026/broken.md:8:2", "items/gov/2026/broken.md:9:4", "items/gov/2026/broken.md:9:32",
                "items/gov/2026/broken.md:10:2", "items/gov/2026/broken.md:10:23", "items/gov/2026/broken.md:10:45",
                "items/gov/2026/broken.md:10:69");
        assertThat(validated.hasErrors()).isTrue();
        Diagnostic first = validated.diagnostics().stream().filter(d -> d.code() == Code.BROKEN_LINK).findFirst().orElseThrow();
        assertThat(first.message(DiagnosticLanguage.ZH_HANS)).contains("items/gov/2026/no-such.md", "没有条目文件");
        assertThat(first.hint(DiagnosticLanguage.ZH_HANS)).contains("items/czj/2026/budget.md");

        BuildResult built = site.build();
        assertThat(built.written()).isFalse();
    }

    @Test
    void aPublicLinkToANonPublicItemIsAWarningAndShowsAsText() throws Exception {
        FixtureSite site = site();
        site.item("gov/2026/notice.md", """
                title: 工作通知
                organ: gov
                category: regulation
                written: 2026-03-06
                published: 2026-03-06
                """, "按照[内部方案](items/gov/2026/internal.md)执行。\n");
        site.item("gov/2026/internal-note.md", """
                title: 内部说明
                organ: gov
                category: regulation
                written: 2026-03-06
                published: 2026-03-06
                audience: internal
                """, "见[内部方案](items/gov/2026/internal.md)。\n");
        BuildResult result = site.build();
        assertThat(reported(result, Code.LINK_NOT_PUBLIC)).as("only from the public item")
                .containsExactly("items/gov/2026/notice.md:8:3");
        assertThat(result.written()).isTrue();
        String page = site.read("items/gov/2026/notice/index.html");
        assertThat(page).contains("按照内部方案执行。").doesNotContain("items/gov/2026/internal");
        assertThat(site.output().resolve("attachments/2026/secret-plan.pdf"))
                .as("an attachment only a non-public body links to stays out").doesNotExist();
        assertThat(reported(result, Code.IGNORED_FILE)).as("but it is used").isEmpty();

        Path internal = tmp.resolve("out/internal");
        assertThat(site.build(org.gongkai.core.model.BuildMode.INTERNAL, internal).written()).isTrue();
        assertThat(Files.readString(internal.resolve("items/gov/2026/notice/index.html")))
                .contains("<a href=\"../../../../items/gov/2026/internal/index.html\">内部方案</a>");
        assertThat(internal.resolve("attachments/2026/secret-plan.pdf")).exists();
    }

    @Test
    void anAttachmentOnlyABodyLinksToIsUsedAndCopied() {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/attachments/2026/table.csv", "a,b\n");
        site.write("content/attachments/2026/unused.csv", "a,b\n");
        site.item("gov/2026/fees.md", """
                title: 测试县收费管理办法
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                """, "见[收费表](attachments/2026/table.csv)。\n");
        BuildResult result = site.build();
        assertThat(reported(result, Code.IGNORED_FILE)).containsExactly("attachments/2026/unused.csv:0:0");
        assertThat(site.output().resolve("attachments/2026/table.csv")).exists();
        assertThat(site.output().resolve("attachments/2026/unused.csv")).doesNotExist();
    }

    @Test
    void destinationsAreReadFromTheRootOrAreSomewhereElse() {
        String base = "https://gk.test.example/";
        assertThat(BodyLinks.destination("https://www.gov.cn/", base)).isInstanceOf(LinkDestination.Elsewhere.class);
        assertThat(BodyLinks.destination("//cdn.example/a.js", base)).isInstanceOf(LinkDestination.Elsewhere.class);
        assertThat(BodyLinks.destination("mailto:gk@test.example", base)).isInstanceOf(LinkDestination.Elsewhere.class);
        assertThat(BodyLinks.destination("#第一条", base)).isInstanceOf(LinkDestination.SamePage.class);
        assertThat(BodyLinks.destination("", base)).isInstanceOf(LinkDestination.SamePage.class);
        assertThat(BodyLinks.destination("https://gk.test.example/items/gov/2026/a/?x#y", base))
                .isEqualTo(new LinkDestination.Local("items/gov/2026/a/", "?x#y"));
        assertThat(BodyLinks.destination("https://gk.test.example", base)).isEqualTo(new LinkDestination.Local("", ""));
        assertThat(BodyLinks.destination("https://gk.test.example.evil/x", base)).isInstanceOf(LinkDestination.Elsewhere.class);
        assertThat(BodyLinks.destination("/content/items/gov/2026/a.md", base))
                .isEqualTo(new LinkDestination.Local("items/gov/2026/a.md", ""));
        assertThat(BodyLinks.destination("attachments/2026/%E9%A2%84%E7%AE%97.pdf", base))
                .isEqualTo(new LinkDestination.Local("attachments/2026/预算.pdf", ""));
        assertThat(BodyLinks.destination("items/gov/../x.md", base))
                .isEqualTo(new LinkDestination.Refused(LinkProblem.DOT_SEGMENT, ".."));
        assertThat(BodyLinks.destination("attachments\\a.pdf", base))
                .isEqualTo(new LinkDestination.Refused(LinkProblem.BACKSLASH, "\\"));
        assertThat(BodyLinks.destination("attachments/a%2F..%2Fb.pdf", base))
                .isEqualTo(new LinkDestination.Refused(LinkProblem.ENCODED_SEPARATOR, "%2F"));
        assertThat(BodyLinks.destination("attachments/%E9%A2", base)).isInstanceOf(LinkDestination.Refused.class);
        assertThat(BodyLinks.destination("attachments//a.pdf", base))
                .isEqualTo(new LinkDestination.Refused(LinkProblem.EMPTY_SEGMENT, "//"));
    }

    @Test
    void everyLinkProblemHasItsWords() {
        for (DiagnosticLanguage lang : List.of(DiagnosticLanguage.ZH_HANS, DiagnosticLanguage.EN)) {
            for (LinkProblem p : LinkProblem.values()) {
                assertThat(MessageCatalog.of(lang).keys()).as("%s %s", lang, p)
                        .contains(MessageCatalog.enumKey(p), MessageCatalog.enumKey(p) + ".hint");
            }
        }
    }
}
