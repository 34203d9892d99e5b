package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.content.Content;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.MessageCatalog;
import org.gongkai.core.history.History;
import org.gongkai.core.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The portal's own paths belong to the portal: an alias or slug that lands on one, on a file where a folder must
 * be, or that could lead anywhere else, is reported by validate at its line, and build writes nothing and throws
 * nothing. And the layout knows every file a build writes.
 */
class PortalLayoutTest {
    @TempDir
    Path tmp;

    /** The alias under test is on this line of items/gov/2026/notice.md, in a block list (column 5). */
    private static final String NOTICE = "items/gov/2026/notice.md";
    private static final int ALIAS_LINE = 8;

    /**
     * A site on which a real build writes every kind of path: two pages of a category and of an organ (21 items),
     * archive year, month and volume, a free page, an attachment, feeds, open data, search, an annual report,
     * a 公示 with its poster, the 意见箱.
     */
    private FixtureSite site() {
        FixtureSite site = FixtureSite.in(tmp);
        for (int i = 1; i <= 21; i++) {
            site.item(String.format("gov/2026/rule-%02d.md", i), """
                    title: 测试县规范性文件第%d号
                    organ: gov
                    category: regulation
                    written: 2026-03-02
                    published: 2026-03-%02d
                    """.formatted(i, i + 2), "正文。\n");
        }
        site.write("content/attachments/2026/fees.csv", "项目,标准\n登记费,80\n");
        site.item("fin/2026/budget.md", """
                title: 2026年部门预算
                organ: fin
                category: budget
                written: 2026-02-02
                published: 2026-02-03
                attachments:
                  - file: attachments/2026/fees.csv
                    title: 收费目录
                """, "预算。\n");
        site.write("content/pages/about.md", "---\ntitle: 关于本站\n---\n关于。\n");
        // A published annual report: its page, JSON and CSV under reports/.
        site.write("content/reports/2025/gov.yaml", "published: 2026-01-20\noverview: 总体情况。\n");
        // A 公示: its 公开栏 poster under posters/.
        site.item("vil/2026/publicity.md", """
                title: 河东村土地流转方案公示
                organ: vil
                category: village
                written: 2026-05-25
                published: 2026-05-26
                notice-period: {from: 2026-05-26, to: 2026-06-09}
                """, "公示。\n");
        // A 意见箱: its page at feedback/.
        site.write("content/site.yaml", FixtureSite.SITE_YAML + "feedback:\n  mailto: liuyan@test.example\n");
        return site;
    }

    private static FixtureSite withAlias(FixtureSite site, String alias) {
        // Single-quoted YAML: the alias as written, backslashes and all.
        return site.item("gov/2026/notice.md", """
                title: 关于开展专项检查的通知
                organ: gov
                category: regulation
                written: 2026-04-01
                published: 2026-04-02
                aliases:
                  - '%s'
                """.formatted(alias), "通知。\n");
    }

    static Stream<Arguments> generatedPaths() {
        List<Arguments> cases = new ArrayList<>();
        for (String alias : new String[] {
            // top-level files, and those files taken as folders
            "/", "/index.html", "/index.html/", "/404.html", "/404.html/", "/sitemap.xml", "/sitemap.xml/x/",
            // search page and the search export's files
            "/search/", "/search", "/search/index.html", "/search/meta.js", "/search/t/0.js", "/search/t2s/0.js",
            "/search/c/0.js", "/search/d/0.js",
            "/guide/", "/guide/index.html",
            // robots.txt, the accessibility page and the 公开栏 posters, written or not
            "/robots.txt", "/robots.txt/x/", "/accessibility/", "/posters/vil/2026/publicity/", "/posters/old/",
            // open data, and a folder where its file is
            "/data/items.json", "/data/items.csv", "/data/", "/data/items.json/x/",
            "/assets/style.css", "/assets/search/engine.js", "/assets/",
            "/feeds/all.xml", "/feeds/category/regulation.xml", "/feeds/organ/gov.xml",
            // archive and its sub-pages, generated or not yet
            "/archive/", "/archive/2026/", "/archive/2026/03/", "/archive/2026/volume/", "/archive/2031/",
            "/catalog/", "/catalog/regulation/", "/catalog/regulation/page/2/", "/catalog/budget/page/2/",
            "/organs/", "/organs/gov/", "/organs/gov/page/2/",
            "/pages/about/", "/pages/other/",
            "/attachments/2026/fees.csv", "/attachments/",
            // the annual reports, written or not
            "/reports/", "/reports/2025/gov/", "/reports/2025/gov.json", "/reports/2031/fin/",
            // the 意见箱
            "/feedback/", "/feedback/index.html", "/Feedback/",
            // spelled as a case-insensitive disk takes them, or as a full URL of the old site
            "/Search/", "/SEARCH/INDEX.HTML", "/Index.html", "https://old.example.gov.cn/guide/index.html",
            // another item's page, and its file taken as a folder
            "/items/gov/2026/rule-01/", "/items/gov/2026/rule-01", "/items/gov/2026/rule-01/index.html",
            "/items/gov/2026/rule-01/index.html/x/",
            // the item's own page
            "/items/gov/2026/notice/",
        }) {
            cases.add(Arguments.of(alias, Code.URL_CONFLICT));
        }
        for (String alias : new String[] {
            "", "../x.html", "/a/../b.html", "/a/./b.html", "/a//b.html", "//old.example.gov.cn/b.html",
            "\\zwgk\\a.html", "C:/zwgk/a.html", "C:\\zwgk\\a.html", "file:///C:/zwgk/a.html",
            "/a%2e%2e/b.html", "/%2E%2E/b.html", "/a%2fb.html", "/a%5Cb.html", "/a%25.html", "/a%zz.html",
            "/a%ff.html", "/a%", "/show.asp?id=1", "/a.html#top", "/a b.html", "/a<b>.html", "/" + "x".repeat(256) + ".html",
        }) {
            cases.add(Arguments.of(alias, Code.BAD_ALIAS));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("generatedPaths")
    void anAliasOnAGeneratedPathIsReportedAtItsLine(String alias, Code code) {
        FixtureSite site = withAlias(site(), alias);
        String expected = code.id() + " " + NOTICE + ":" + ALIAS_LINE + ":5";

        BuildResult[] validated = new BuildResult[1];
        assertThatCode(() -> validated[0] = site.engine().build().validate()).doesNotThrowAnyException();
        assertThat(errors(validated[0])).as("validate").containsExactly(expected);
        assertThat(validated[0].diagnostics()).allSatisfy(PortalLayoutTest::isReadable);

        BuildResult[] built = new BuildResult[1];
        assertThatCode(() -> built[0] = site.build()).doesNotThrowAnyException();
        assertThat(errors(built[0])).as("build").containsExactly(expected);
        assertThat(built[0].written()).isFalse();
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void aliasesToFreePathsRedirect() {
        FixtureSite site = site();
        site.item("gov/2026/notice.md", """
                title: 关于开展专项检查的通知
                organ: gov
                category: regulation
                written: 2026-04-01
                published: 2026-04-02
                aliases:
                  - /zwgk/2019/art_123.html
                  - /zwgk/%E6%94%BF%E5%8A%A1/art_9.html
                  - https://old.example.gov.cn/zwgk/old
                  - /items/gov/2025/notice/
                """, "通知。\n");

        BuildResult result = site.build();

        assertThat(errors(result)).isEmpty();
        assertThat(result.written()).isTrue();
        assertThat(site.read("zwgk/2019/art_123.html")).contains("http-equiv=\"refresh\"")
                .contains("../../items/gov/2026/notice/index.html");
        // Decoded: a server looks for the file of the decoded path.
        assertThat(site.read("zwgk/政务/art_9.html")).contains("../../items/gov/2026/notice/index.html");
        assertThat(site.read("zwgk/old/index.html")).contains("../../items/gov/2026/notice/index.html");
        assertThat(site.read("items/gov/2025/notice/index.html")).contains("../../../../items/gov/2026/notice/index.html");
    }

    @Test
    void aliasesOfTwoItemsCannotMakeOnePathAFileAndAFolder() {
        FixtureSite site = site();
        site.item("gov/2026/a.md", """
                title: 甲
                organ: gov
                category: regulation
                written: 2026-04-01
                published: 2026-04-02
                aliases: [/zwgk/a.html, /zwgk/c/, /zwgk/d.html/e/]
                """, "甲。\n");
        site.item("gov/2026/b.md", """
                title: 乙
                organ: gov
                category: regulation
                written: 2026-04-01
                published: 2026-04-02
                aliases:
                  - /zwgk/a.html/b/
                  - /ZWGK/A.HTML
                  - /zwgk/c/index.html
                  - /zwgk/d.html
                  - /zwgk/b.html
                """, "乙。\n");

        BuildResult validated = site.engine().build().validate();
        BuildResult built = site.build();

        List<String> expected = List.of("url-conflict items/gov/2026/b.md:8:5", "url-conflict items/gov/2026/b.md:9:5",
                "url-conflict items/gov/2026/b.md:10:5", "url-conflict items/gov/2026/b.md:11:5");
        assertThat(errors(validated)).containsExactlyElementsOf(expected);
        assertThat(errors(built)).containsExactlyElementsOf(expected);
        assertThat(built.written()).isFalse();
    }

    @Test
    void anAliasOfAnItemNotPublishedYetIsCheckedToo() {
        FixtureSite site = site();
        site.item("gov/2026/scheduled.md", """
                title: 下月发布的通知
                organ: gov
                category: regulation
                written: 2026-05-20
                published: 2026-07-01
                aliases: [/search/]
                """, "通知。\n");

        assertThat(errors(site.engine().build().validate())).containsExactly("url-conflict items/gov/2026/scheduled.md:7:11");
    }

    @Test
    void aliasPathsAreNormalised() {
        assertThat(href("/old/page.html")).isEqualTo("old/page.html");
        assertThat(href("/old/dir")).isEqualTo("old/dir/");
        assertThat(href("/old/dir/")).isEqualTo("old/dir/");
        assertThat(href("  /Old/Page.HTM ")).isEqualTo("Old/Page.HTM");
        assertThat(href("https://old.example.gov.cn:8080/zwgk/a.html")).isEqualTo("zwgk/a.html");
        assertThat(href("https://old.example.gov.cn")).isEqualTo("");
        assertThat(href("/%E6%94%BF%E5%8A%A1/")).isEqualTo("政务/");
        assertThat(href("/a..b.html")).isEqualTo("a..b.html");
    }

    private static String href(String alias) {
        AliasPath.Result r = AliasPath.parse(alias);
        assertThat(r).as(alias).isInstanceOf(AliasPath.Href.class);
        return ((AliasPath.Href) r).href();
    }

    /**
     * Every file a real build writes is one the layout reserves, an item's page or an alias's redirect: a new
     * output written without being added to {@link PortalLayout#RESERVED} fails here. And every reservation is
     * used, so that the list does not keep paths the portal no longer writes.
     */
    @Test
    void theLayoutClaimsEveryFileABuildWrites() {
        FixtureSite site = site();
        site.item("gov/2026/notice.md", """
                title: 关于开展专项检查的通知
                organ: gov
                category: regulation
                written: 2026-04-01
                published: 2026-04-02
                aliases: [/zwgk/2019/art_123.html, /zwgk/old/]
                """, "通知。\n");
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();

        Diagnostics d = new Diagnostics();
        Content content = new ContentLoader(d).load(site.content()).orElseThrow();
        SiteModel model = new ModelBuilder(d).build(content, History.none(), BuildMode.PUBLIC, FixtureSite.NOW);
        Set<String> claimed = new HashSet<>();
        model.visible().forEach(e -> claimed.add(PortalLayout.file(e.url())));
        model.aliases().forEach(a -> claimed.add(PortalLayout.file(a.path())));
        assertThat(claimed).hasSize(model.visible().size() + 2);

        Path out = site.output();
        List<String> written = FixtureSite.files(out).stream().map(p -> out.relativize(p).toString().replace('\\', '/')).toList();
        assertThat(written).hasSizeGreaterThan(100);
        assertThat(written).allSatisfy(f -> assertThat(claimed.contains(f) || PortalLayout.reservation(f).isPresent())
                .as("%s is written but claimed by nothing in PortalLayout", f).isTrue());
        assertThat(PortalLayout.RESERVED).allSatisfy(r -> assertThat(written)
                .as("%s is reserved but not written", r.path())
                .anyMatch(f -> r.folder() ? f.startsWith(r.path()) : f.equals(r.path())));
        assertThat(written).contains("catalog/regulation/page/2/index.html", "organs/gov/page/2/index.html",
                "archive/2026/03/index.html", "archive/2026/volume/index.html", "pages/about/index.html",
                "attachments/2026/fees.csv", "search/meta.js", "zwgk/old/index.html", "reports/index.html",
                "reports/2025/gov/index.html", "reports/2025/gov.json", "reports/2025/gov.csv", "robots.txt",
                "accessibility/index.html", "posters/vil/2026/publicity/index.html", "feedback/index.html");
    }

    /** Every phrase a url-conflict or bad-alias message can use is written in both languages. */
    @Test
    void everyPhraseHasItsWords() {
        List<Enum<?>> phrases = new ArrayList<>();
        phrases.addAll(List.of(PortalLayout.Part.values()));
        phrases.addAll(List.of(UrlPlan.Clash.values()));
        phrases.addAll(List.of(AliasPath.Problem.values()));
        for (DiagnosticLanguage lang : List.of(DiagnosticLanguage.ZH_HANS, DiagnosticLanguage.EN)) {
            assertThat(MessageCatalog.of(lang).keys()).as("%s", lang)
                    .containsAll(phrases.stream().map(MessageCatalog::enumKey).toList());
        }
    }

    private static List<String> errors(BuildResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.code().id() + " " + d.file() + ":" + d.line() + ":" + d.column()).toList();
    }

    private static void isReadable(Diagnostic d) {
        for (DiagnosticLanguage lang : List.of(DiagnosticLanguage.ZH_HANS, DiagnosticLanguage.EN)) {
            assertThat(d.message(lang)).isNotBlank().doesNotContain("{");
            assertThat(d.hint(lang)).isNotBlank();
            if (d.code() == Code.URL_CONFLICT) {
                assertThat(d.hint(lang)).as("the hint lists the layout's paths").contains("search/", "sitemap.xml");
            }
        }
    }
}
