package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 404.html works wherever it is read: a server sends it for /a/b/c/missing, a disk or another host shows it too.
 * So it loads nothing (styles inline, mark images as data: URLs, no script) and its links lead from the site's root,
 * under the base URL's path when the portal is not at the root of its host.
 */
class SelfContainedNotFoundTest {
    @TempDir
    Path tmp;

    private FixtureSite site(String baseUrl) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/site.yaml", FixtureSite.SITE_YAML.replace("https://gk.test.example/", baseUrl) + """
                marks:
                  conac: {image: attachments/marks/dzjg.png, link: "https://bszs.conac.cn/sitename?method=show&id=ABC"}
                  police: {number: 测公网安备53990002000001号, code: "53990002000001", icon: attachments/marks/gongan.png}
                """);
        Path demo = FixtureSite.theme().resolve("../../content/attachments/marks").normalize();
        Files.createDirectories(site.content().resolve("attachments/marks"));
        for (String f : new String[] {"dzjg.png", "gongan.png"}) {
            Files.copy(demo.resolve(f), site.content().resolve("attachments/marks/" + f));
        }
        site.item("gov/2026/rules.md", """
                title: 测试县收费管理办法
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                """, "正文。\n");
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        return site;
    }

    @Test
    void loadsNothingAndLinksFromTheSiteRoot() throws Exception {
        String page = site("https://gk.test.example/").read("404.html");
        assertThat(page).doesNotContain("<link rel=\"stylesheet\"", "<script", "src=\"http", "src=\"/",
                "https://gk.test.example/assets/", "@import", "url(");
        assertThat(page).contains("<style>").contains(".site-header").contains(".site-search");
        assertThat(page).contains("href=\"/index.html\"", "href=\"/catalog/index.html\"", "href=\"/archive/index.html\"",
                "href=\"/guide/index.html\"", "action=\"/search/index.html\"");
        assertThat(page).contains("src=\"data:image/png;base64,");
        // Still the canonical address of the page itself.
        assertThat(page).contains("<link rel=\"canonical\" href=\"https://gk.test.example/404.html\">");
    }

    @Test
    void aPortalUnderAPathLinksUnderThatPath() throws Exception {
        String page = site("https://www.test.example/zwgk/").read("404.html");
        assertThat(page).contains("href=\"/zwgk/catalog/index.html\"", "action=\"/zwgk/search/index.html\"")
                .doesNotContain("href=\"/catalog/index.html\"");
    }

    @Test
    void commentsGoAndStringsStay() {
        assertThat(SelfContained.compact("a { content: \"/* kept */\"; } /* gone */\n\n  b {\n    c: d;\n  }\n"))
                .isEqualTo("a { content: \"/* kept */\"; }\nb {\nc: d;\n}\n");
    }
}
