package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.model.BuildMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * robots.txt lets crawlers into the public portal (and points them to sitemap.xml), keeps them out of the internal
 * and preview builds; sitemap.xml lists the yearly volumes, the free pages, the 网站地图 and the accessibility page.
 */
class RobotsAndSitemapTest {
    @TempDir
    Path tmp;

    private FixtureSite site() {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("gov/2025/rules.md", """
                title: 测试县收费管理办法
                organ: gov
                category: regulation
                written: 2025-03-02
                published: 2025-03-05
                """, "正文。\n");
        site.item("gov/2026/notice.md", """
                title: 关于开展专项检查的通知
                organ: gov
                category: regulation
                written: 2026-04-01
                published: 2026-04-02
                """, "正文。\n");
        site.write("content/pages/about.md", "---\ntitle: 关于本站\n---\n关于。\n");
        return site;
    }

    @Test
    void publicRobotsAllowAndNameTheSitemap() {
        FixtureSite site = site();
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        assertThat(site.read("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://gk.test.example/sitemap.xml\n");
    }

    @Test
    void internalAndPreviewRobotsDisallowEverything() throws Exception {
        FixtureSite site = site();
        for (BuildMode mode : new BuildMode[] {BuildMode.INTERNAL, BuildMode.PREVIEW}) {
            Path out = tmp.resolve("out/" + mode);
            BuildResult result = site.build(mode, out);
            assertThat(result.written()).as("%s %s", mode, result.diagnostics()).isTrue();
            assertThat(Files.readString(out.resolve("robots.txt"))).as("%s", mode).isEqualTo("User-agent: *\nDisallow: /\n");
        }
    }

    @Test
    void sitemapListsVolumesFreePagesAndTheSitePages() {
        FixtureSite site = site();
        site.build();
        String xml = site.read("sitemap.xml");
        for (String path : new String[] {"archive/2025/volume/", "archive/2026/volume/", "pages/about/", "sitemap/",
                "accessibility/", "policies/", "archive/2026/", "items/gov/2026/notice/"}) {
            assertThat(xml).contains("<loc>https://gk.test.example/" + path + "</loc>");
        }
        assertThat(xml).doesNotContain("posters/", "search/", "404.html");
    }
}
