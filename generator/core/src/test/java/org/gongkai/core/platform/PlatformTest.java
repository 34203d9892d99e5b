package org.gongkai.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, the platform: sites/<id>/content built in parallel, each into its own portal, a home listing them; a
 * site that fails its checks fails alone (its previous portal stays, the others are built); the home is the same
 * bytes for the same sites and shows nothing but what the sites' public models list.
 */
class PlatformTest {
    static final String ITEM = """
            title: %s
            organ: gov
            category: regulation
            written: 2026-05-06
            published: 2026-05-08
            index: %s/2026-%05d
            genre: notice
            """;

    static FixtureSite site(Path platform, String id, String name, int items) {
        FixtureSite s = FixtureSite.in(platform.resolve("sites").resolve(id));
        s.write("content/site.yaml", FixtureSite.SITE_YAML.replace("测试县人民政府信息公开", name));
        for (int i = 1; i <= items; i++) {
            s.item("gov/2026/notice-" + i + ".md", ITEM.formatted(name + "通知" + i, FixtureSite.GOV_CODE, i), "关于规范性文件的通知正文。\n");
        }
        return s;
    }

    static Platform platform(Path root, Path out) {
        return Platform.builder().platformDir(root).themeDir(FixtureSite.theme()).now(FixtureSite.NOW).outputDir(out)
                .reportDir(root.resolve("target/reports")).parallelism(2).build();
    }

    static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void buildsEverySiteIntoItsOwnPortalAndAHomeListingThem(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("platform.yaml"), "name: 测试市政务公开平台\nsearch-endpoint: /search-api/select\n");
        site(tmp, "city", "测试市人民政府信息公开", 3);
        site(tmp, "county-a", "测试市甲县人民政府信息公开", 2);
        site(tmp, "county-b", "测试市乙县人民政府信息公开", 1).write("content/site.yaml", FixtureSite.SITE_YAML
                .replace("测试县人民政府信息公开", "测试市乙县人民政府信息公开") + "search-synonyms:\n  - {terms: [东河大桥, 东河新桥]}\n");
        PlatformResult r = platform(tmp, tmp.resolve("target/platform")).build();
        assertThat(r.ok()).as("%s", r.failed()).isTrue();
        assertThat(r.sites()).extracting(PlatformSite::id).containsExactly("city", "county-a", "county-b");
        Path out = tmp.resolve("target/platform");
        for (PlatformSite s : r.sites()) {
            assertThat(out.resolve(s.id()).resolve("index.html")).as("the home's link to %s", s.id()).isRegularFile();
            assertThat(Files.isSymbolicLink(out.resolve(s.id()))).isTrue();
            assertThat(s.diagnosticsFile()).isRegularFile();
        }
        // the search indexes stay beside the portals, outside the folder that is served
        assertThat(tmp.resolve("target/platform-sites/city/portal-search-index")).isDirectory();
        assertThat(Files.list(out).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("assets", "city", "county-a", "county-b", "index.html", "search");
        String home = read(out.resolve("index.html"));
        assertThat(home).contains("<title>测试市政务公开平台</title>", "平台上的网站（3 个）", "href=\"city/index.html\">测试市人民政府信息公开</a>",
                "3 条公开信息", "<time datetime=\"2026-05-08\">");
        String search = read(out.resolve("search/index.html"));
        assertThat(search).contains("data-endpoint=\"/search-api/select\"", "<option value=\"county-a\">测试市甲县人民政府信息公开</option>",
                "<optgroup label=\"测试市乙县人民政府信息公开\" data-site=\"county-b\">", "<option value=\"county-b/fin\">测试县财政局</option>",
                "<option value=\"city/regulation\">", "../assets/platform/search.js");
        assertThat(out.resolve("search/t2s/" + (0x842C >> 9) + ".js")).isRegularFile(); // 萬
        assertThat(out.resolve("assets/search/engine.js")).isRegularFile();
        assertThat(out.resolve("assets/search/view.js")).isRegularFile();
        // the synonyms: a query within one site reads that site's own table, the one its portal's search reads
        // (county-b's office group included); across sites the built-in table
        String k = "search/syn/" + org.gongkai.core.search.Synonyms.shard("东河大桥");
        assertThat(read(tmp.resolve("target/platform-sites/county-b/portal/" + k + ".js"))).contains("\"东河新桥\"");
        for (PlatformSite s : r.sites()) {
            assertThat(read(out.resolve("search/syn/" + s.id() + "/" + k.substring(k.lastIndexOf('/') + 1) + ".js")))
                    .isEqualTo(read(tmp.resolve("target/platform-sites/" + s.id() + "/portal/" + k + ".js"))
                            .replace("\"syn/", "\"syn/" + s.id() + "/"));
        }
        assertThat(read(out.resolve(k + ".js"))).doesNotContain("东河新桥");
        assertThat(read(out.resolve("search/meta.js"))).isEqualTo("gongkai._data(\"meta\",{\"synonymShards\":"
                + org.gongkai.core.search.Synonyms.SHARDS + ",\"synonymBoost\":0.5});\n");
    }

    @Test
    void aSiteThatFailsItsChecksFailsAloneAndKeepsItsPreviousPortal(@TempDir Path tmp) throws Exception {
        site(tmp, "good", "好县人民政府信息公开", 2);
        FixtureSite bad = site(tmp, "bad", "坏县人民政府信息公开", 1);
        Path out = tmp.resolve("target/platform");
        assertThat(platform(tmp, out).build().ok()).isTrue();
        String before = read(out.resolve("bad/index.html"));
        // now an item of "bad" names an organ that does not exist, and "good" gets a new item
        bad.item("gov/2026/wrong.md", ITEM.formatted("错误的信息", FixtureSite.GOV_CODE, 9).replace("organ: gov", "organ: nobody"), "正文。\n");
        site(tmp, "good", "好县人民政府信息公开", 3);
        PlatformResult r = platform(tmp, out).build();
        assertThat(r.ok()).isFalse();
        assertThat(r.failed()).extracting(PlatformSite::id).containsExactly("bad");
        PlatformSite failed = r.failed().get(0);
        assertThat(failed.result().diagnostics()).anySatisfy(d -> assertThat(d.code().id()).isEqualTo("unknown-organ"));
        assertThat(read(failed.diagnosticsFile())).contains("unknown-organ");
        assertThat(failed.live()).isTrue();
        assertThat(read(out.resolve("bad/index.html"))).isEqualTo(before).doesNotContain("错误的信息");
        // the other site was built with its new item, and the home lists both
        assertThat(read(out.resolve("good/index.html"))).contains("好县人民政府信息公开通知3");
        assertThat(read(out.resolve("index.html"))).contains("href=\"bad/index.html\">坏县人民政府信息公开</a>", "3 条公开信息");
    }

    @Test
    void aSiteNeverPublishedIsListedWithoutALink(@TempDir Path tmp) throws Exception {
        site(tmp, "ok", "正常县人民政府信息公开", 1);
        site(tmp, "new", "新县人民政府信息公开", 1).write("content/catalog.yaml", "categories: [");
        PlatformResult r = platform(tmp, tmp.resolve("out")).build();
        assertThat(r.failed()).extracting(PlatformSite::id).containsExactly("new");
        String home = read(tmp.resolve("out/index.html"));
        assertThat(home).contains("<span class=\"platform-site-name\">新县人民政府信息公开</span>", "尚未发布");
        assertThat(tmp.resolve("out/new")).doesNotExist();
    }

    @Test
    void theHomeIsTheSameBytesForTheSameSitesAndShowsNoItem(@TempDir Path tmp) throws Exception {
        site(tmp, "a", "甲县人民政府信息公开", 2);
        site(tmp, "b", "乙县人民政府信息公开", 2).item("gov/2026/internal.md",
                ITEM.formatted("内部会议纪要", FixtureSite.GOV_CODE, 7) + "audience: internal\n", "内部。\n");
        platform(tmp, tmp.resolve("one")).build();
        platform(tmp, tmp.resolve("two")).build();
        List<String> files = PlatformHome.files(tmp.resolve("one"));
        assertThat(files).contains("index.html", "search/index.html").isEqualTo(PlatformHome.files(tmp.resolve("two")));
        for (String f : files) {
            assertThat(Files.readAllBytes(tmp.resolve("one").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("two").resolve(f)));
        }
        String home = read(tmp.resolve("one/index.html")) + read(tmp.resolve("one/search/index.html"));
        assertThat(home).doesNotContain("内部会议纪要", "通知1");
        assertThat(home).contains("2 条公开信息");
    }

    @Test
    void foldersThatAreNotSitesAndABadPlatformYamlAreReported(@TempDir Path tmp) throws Exception {
        site(tmp, "fine", "好县人民政府信息公开", 1);
        Files.createDirectories(tmp.resolve("sites/Bad_Name/content"));
        Files.createDirectories(tmp.resolve("sites/assets/content"));
        Files.createDirectories(tmp.resolve("sites/empty"));
        Files.writeString(tmp.resolve("platform.yaml"), "name: 平台\nlanguage: fr\n");
        PlatformResult r = platform(tmp, tmp.resolve("out")).build();
        assertThat(r.layout().sites()).containsExactly("fine");
        assertThat(r.layout().invalid()).containsExactly("Bad_Name", "assets", "empty");
        assertThat(r.config().problem()).hasValueSatisfying(p -> assertThat(p).contains("language"));
        assertThat(r.homeWritten()).isFalse();
        assertThat(r.ok()).isFalse();
        assertThat(r.sites().get(0).ok()).isTrue();
    }
}
