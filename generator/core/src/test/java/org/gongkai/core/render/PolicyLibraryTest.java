package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.model.BuildMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 政策文件库 (policies/): the 规范性文件 the public build lists (genre regulation, or in a category the catalog counts
 * as 行政规范性文件), in force apart from no longer in force with the successor linked, in 文号 order, by organ and by
 * year; nothing that is not listed.
 */
class PolicyLibraryTest {
    @TempDir
    Path tmp;

    private FixtureSite site() {
        FixtureSite site = FixtureSite.in(tmp);
        // The catalog's 规范性文件 category is counted as 行政规范性文件 in the annual report.
        site.write("content/catalog.yaml", FixtureSite.CATALOG_YAML.replace(
                "        cadence: on-change\n", "        cadence: on-change\n        annual-report: normative-documents\n"));
        site.item("fin/2026/fees.md", """
                title: 测试县财政局行政事业性收费管理办法
                organ: fin
                category: budget
                written: 2026-02-02
                published: 2026-02-03
                doc-number: 测财〔2026〕12号
                genre: regulation
                """, "正文。\n");
        site.item("fin/2026/deposits.md", """
                title: 测试县财政局保证金管理办法
                organ: fin
                category: budget
                written: 2026-02-10
                published: 2026-02-11
                doc-number: 测财〔2026〕9号
                genre: regulation
                """, "正文。\n");
        site.item("fin/2025/fees-old.md", """
                title: 测试县财政局行政事业性收费管理暂行办法
                organ: fin
                category: budget
                written: 2025-03-02
                published: 2025-03-03
                doc-number: 测财〔2025〕3号
                genre: regulation
                validity: repealed
                repealed-by: items/fin/2026/fees.md
                """, "正文。\n");
        site.item("gov/2026/relief.md", """
                title: 测试县临时救助实施细则
                organ: gov
                category: regulation
                written: 2026-01-05
                published: 2026-01-06
                doc-number: 测政发〔2026〕1号
                genre: notice
                valid-until: 2026-03-31
                """, "正文。\n");
        site.item("gov/2026/meeting.md", """
                title: 关于召开防汛工作会议的通知
                organ: gov
                category: budget
                written: 2026-04-01
                published: 2026-04-02
                doc-number: 测政办〔2026〕5号
                genre: notice
                """, "正文。\n");
        site.item("gov/2026/internal-rule.md", """
                title: 机关内部考勤管理规定
                organ: gov
                category: regulation
                written: 2026-04-01
                published: 2026-04-02
                doc-number: 测政办〔2026〕6号
                genre: regulation
                audience: internal
                """, "正文。\n");
        site.item("gov/2026/withdrawn-rule.md", """
                title: 已撤回的收费规定
                organ: gov
                category: regulation
                written: 2026-04-01
                published: 2026-04-02
                doc-number: 测政办〔2026〕7号
                genre: regulation
                withdrawn: {date: 2026-04-10, reason: 内容有误}
                """, "正文。\n");
        return site;
    }

    private static String inForce(String page) {
        return between(page, "id=\"in-force-heading\"", "id=\"not-in-force-heading\"");
    }

    private static String notInForce(String page) {
        return between(page, "id=\"not-in-force-heading\"", "</main>");
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        int b = s.indexOf(to, a);
        assertThat(a).as("%s in the page", from).isPositive();
        assertThat(b).as("%s in the page", to).isGreaterThan(a);
        return s.substring(a, b);
    }

    private static List<String> keys(String html) {
        Matcher m = Pattern.compile("data-doc-key=\"([^\"]*)\"").matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theLibraryListsTheNormativeDocumentsInForceApartFromTheOthers() {
        FixtureSite site = site();
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();

        String index = site.read("policies/index.html");
        assertThat(keys(inForce(index))).as("in force, in 文号 order (9 before 12), a mapped category's notice included")
                .containsExactly("测财〔2026〕9号", "测财〔2026〕12号");
        assertThat(keys(notInForce(index))).as("repealed, and expired by its valid-until")
                .containsExactly("测政发〔2026〕1号", "测财〔2025〕3号");
        assertThat(notInForce(index)).contains("已废止", "已失效", "（自 2026-04-01 起失效）")
                .contains("<a href=\"../items/fin/2026/fees/index.html\">测试县财政局行政事业性收费管理办法</a>");
        assertThat(index).doesNotContain("关于召开防汛工作会议的通知", "机关内部考勤管理规定", "已撤回的收费规定");
        assertThat(index).contains("<form class=\"policy-lookup\" id=\"policy-lookup\" role=\"search\" hidden")
                .contains("<script src=\"../assets/policies.js\"></script>");
        assertThat(site.output().resolve("assets/policies.js")).exists();
    }

    @Test
    void eachOrganAndYearHasItsPageLinkedFromTheLibrary() {
        FixtureSite site = site();
        assertThat(site.build().written()).isTrue();

        String index = site.read("policies/index.html");
        assertThat(index).contains("<a href=\"../policies/organs/gov/index.html\">测试县人民政府办公室</a>",
                "<a href=\"../policies/organs/fin/index.html\">测试县财政局</a>",
                "<a href=\"../policies/years/2026/index.html\">2026年</a>",
                "<a href=\"../policies/years/2025/index.html\">2025年</a>");
        assertThat(index.indexOf("policies/years/2026/")).as("newest year first").isLessThan(index.indexOf("policies/years/2025/"));

        String fin = site.read("policies/organs/fin/index.html");
        assertThat(keys(fin)).containsExactly("测财〔2026〕9号", "测财〔2026〕12号", "测财〔2025〕3号");
        assertThat(fin).contains("<h1>测试县财政局规范性文件</h1>", "aria-current=\"page\">测试县财政局</a>")
                .doesNotContain("policy-lookup-number");
        String y2025 = site.read("policies/years/2025/index.html");
        assertThat(keys(y2025)).containsExactly("测财〔2025〕3号");
        assertThat(site.output().resolve("policies/organs/vil")).as("an organ without documents has no page").doesNotExist();
    }

    @Test
    void theInternalBuildAddsInternalDocumentsMarked() throws Exception {
        FixtureSite site = site();
        Path internal = tmp.resolve("out/internal");
        assertThat(site.build(BuildMode.INTERNAL, internal).written()).isTrue();
        String index = Files.readString(internal.resolve("policies/index.html"));
        assertThat(keys(inForce(index))).contains("测政办〔2026〕6号");
        assertThat(index).contains("badge-internal").doesNotContain("已撤回的收费规定");
    }

    @Test
    void anEmptyLibraryStillHasItsPage() {
        FixtureSite site = FixtureSite.in(tmp);
        assertThat(site.build().written()).isTrue();
        assertThat(site.read("policies/index.html")).contains("暂无信息。");
        assertThat(site.read("index.html")).contains("<a href=\"policies/index.html\">政策文件库</a>");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://gk.test.example/policies/</loc>");
    }
}
