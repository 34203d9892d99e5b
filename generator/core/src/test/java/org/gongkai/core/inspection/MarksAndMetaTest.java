package org.gongkai.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an inspection of a government website looks at first: the footer marks on every page, and the meta tags
 * of the 政府网站发展指引 on every kind of page.
 */
class MarksAndMetaTest {
    static final String MARKS = """
            marks:
              conac: {image: attachments/marks/dzjg.png, link: "https://bszs.conac.cn/sitename?method=show&id=ABC"}
              icp: {number: 测ICP备12345678号-1}
              police: {number: 测公网安备53990002000001号, code: "53990002000001", icon: attachments/marks/gongan.png}
              sponsor: 测试县人民政府办公室
              organizer: 测试县政务公开办
            """;

    @TempDir
    Path tmp;
    FixtureSite site;
    BuildResult result;

    @BeforeEach
    void build() throws Exception {
        site = FixtureSite.in(tmp);
        site.write("content/site.yaml", FixtureSite.SITE_YAML + MARKS);
        Files.createDirectories(site.content().resolve("attachments/marks"));
        Files.write(site.content().resolve("attachments/marks/dzjg.png"), Files.readAllBytes(demo("dzjg.png")));
        Files.write(site.content().resolve("attachments/marks/gongan.png"), Files.readAllBytes(demo("gongan.png")));
        site.item("gov/2026/rules.md", """
                title: 测试县行政事业性收费管理办法
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05T09:30:00+08:00
                keywords: [收费, 管理]
                summary: 规范本县行政事业性收费管理。
                """, "正文。\n");
        result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
    }

    private static Path demo(String name) {
        return FixtureSite.theme().resolve("../../content/attachments/marks/" + name).normalize();
    }

    @Test
    void everyPageShowsEveryMark() {
        for (String page : List.of("index.html", "catalog/regulation/index.html", "items/gov/2026/rules/index.html",
                "organs/gov/index.html", "search/index.html", "guide/index.html", "archive/2026/index.html",
                "sitemap/index.html")) {
            assertThat(site.read(page)).as(page).contains("alt=\"党政机关网站标识\"",
                    "href=\"https://bszs.conac.cn/sitename?method=show&amp;id=ABC\"",
                    "<a href=\"https://beian.miit.gov.cn/\">测ICP备12345678号-1</a>",
                    "recordcode=53990002000001", "测公网安备53990002000001号", "主办单位：测试县人民政府办公室",
                    "承办单位：测试县政务公开办", "网站标识码：0000000001", "我为政府网站找错",
                    "errorInfo_querySiteId.action?siteCode=0000000001", "网站地图");
        }
        assertThat(site.output().resolve("attachments/marks/dzjg.png")).exists();
        assertThat(result.diagnostics()).noneSatisfy(d -> assertThat(d.code().id()).isIn("mark-missing", "bad-mark"));
        assertThat(site.read("sitemap/index.html")).contains("规范性文件", "测试县人民政府办公室", "2026年");
    }

    @Test
    void metaTagsOfThePageKinds() {
        String home = site.read("index.html");
        assertThat(home).contains("<meta name=\"SiteName\" content=\"测试县人民政府信息公开\">",
                "<meta name=\"SiteDomain\" content=\"https://gk.test.example/\">",
                "<meta name=\"SiteIDCode\" content=\"0000000001\">", "<meta name=\"ColumnType\" content=\"首页\">",
                "<meta name=\"Url\" content=\"https://gk.test.example/\">").doesNotContain("ArticleTitle");
        String category = site.read("catalog/regulation/index.html");
        assertThat(category).contains("<meta name=\"ColumnName\" content=\"规范性文件\">",
                "<meta name=\"ColumnType\" content=\"信息公开目录\">",
                "<meta name=\"ColumnDescription\" content=\"规范性文件（条例第二十条第（一）项）\">",
                "<meta name=\"ColumnKeywords\" content=\"规范性文件\">");
        String item = site.read("items/gov/2026/rules/index.html");
        assertThat(item).contains("<meta name=\"ArticleTitle\" content=\"测试县行政事业性收费管理办法\">",
                "<meta name=\"PubDate\" content=\"2026-03-05 09:30\">", "<meta name=\"ContentSource\" content=\"测试县人民政府办公室\">",
                "<meta name=\"Keywords\" content=\"收费,管理\">", "<meta name=\"Author\" content=\"测试县人民政府办公室\">",
                "<meta name=\"description\" content=\"规范本县行政事业性收费管理。\">",
                "<meta name=\"ColumnType\" content=\"政府信息公开\">", "<meta name=\"ColumnName\" content=\"规范性文件\">",
                "<meta name=\"Url\" content=\"https://gk.test.example/items/gov/2026/rules/\">");
        assertThat(site.read("search/index.html")).contains("<meta name=\"ColumnType\" content=\"站内搜索\">");
        assertThat(site.read("guide/index.html")).contains("<meta name=\"ColumnType\" content=\"政府信息公开指南\">");
    }
}
