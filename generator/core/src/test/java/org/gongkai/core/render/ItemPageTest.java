package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader sees on item pages: metadata, relations both ways, banners, notice periods, attachments. */
class ItemPageTest {
    @TempDir
    static Path tmp;
    static FixtureSite site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        String gov = FixtureSite.GOV_CODE;
        site = FixtureSite.in(tmp);
        site.write("content/attachments/2026/fees.csv", "项目,标准\n登记费,80\n".repeat(100));
        site.item("gov/2026/old-rules.md", """
                title: 测试县收费管理暂行办法
                organ: gov
                category: regulation
                written: 2025-01-06
                published: 2025-01-08
                index: %1$s/2025-00001
                doc-number: 测政发〔2025〕1号
                genre: regulation
                validity: repealed
                repealed-by: %1$s/2026-00001
                """.formatted(gov), "旧办法正文。\n");
        site.item("gov/2026/new-rules.md", """
                title: 测试县收费管理办法
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05T10:30:00+08:00
                index: %1$s/2026-00001
                doc-number: 测政发〔2026〕3号
                genre: regulation
                aliases: [/zwgk/art/2026/art_88.html]
                attachments:
                  - file: attachments/2026/fees.csv
                    title: 收费目录清单
                changes:
                  - {date: 2026-04-01, note: 更正附件中的收费标准。}
                """.formatted(gov), "## 第一条\n\n为规范收费管理，制定本办法。<script>alert(1)</script>\n");
        site.item("gov/2026/reading.md", """
                title: 收费管理办法政策解读
                organ: gov
                category: interpretation
                written: 2026-03-05
                published: 2026-03-06
                index: %1$s/2026-00002
                genre: interpretation
                interprets: items/gov/2026/new-rules.md
                """.formatted(gov), "一、出台背景。\n");
        site.item("vil/2026/open-publicity.md", """
                title: 河東村土地流轉方案公示
                organ: vil
                category: village
                written: 2026-05-25
                published: 2026-05-26
                lang: zh-Hant
                notice-period: {from: 2026-05-26, to: 2026-06-09}
                """, "公示期內如有異議，請反映。\n");
        site.item("vil/2026/ended-publicity.md", """
                title: 河东村低保评议结果公示
                organ: vil
                category: village
                written: 2026-04-01
                published: 2026-04-02
                notice-period: {from: 2026-04-02, to: 2026-04-08}
                """, "公示结束。\n");
        site.item("gov/2026/withdrawn.md", """
                title: 关于专项资金分配的公告<b>粗</b>
                organ: gov
                category: regulation
                written: 2026-04-01
                published: 2026-04-02
                withdrawn: {date: 2026-04-10, reason: 分配方案调整，另行公告。}
                """, "公告。\n");
        result = site.build();
    }

    @Test
    void buildsWithoutErrors() {
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
    }

    @Test
    void metadataTableAndBody() {
        String page = site.read("items/gov/2026/new-rules/index.html");
        assertThat(page).contains("<html lang=\"zh-Hans\"", "测政发〔2026〕3号", FixtureSite.GOV_CODE + "/2026-00001",
                "2026-03-02", "2026-03-05", "测试县人民政府办公室", "规范性文件");
        assertThat(page).contains("<meta name=\"ArticleTitle\" content=\"测试县收费管理办法\"")
                .contains("<meta name=\"ContentSource\" content=\"测试县人民政府办公室\"")
                .contains("<meta name=\"ColumnName\" content=\"规范性文件\"");
        assertThat(page).doesNotContain("<script>alert");
    }

    @Test
    void attachmentShowsTypeAndSizeAndIsCopied() {
        String page = site.read("items/gov/2026/new-rules/index.html");
        assertThat(page).contains("收费目录清单").contains("CSV").contains("2.6 KB");
        assertThat(site.output().resolve("attachments/2026/fees.csv")).exists();
    }

    @Test
    void interpretationAndPolicyLinkEachOther() {
        assertThat(site.read("items/gov/2026/reading/index.html")).contains("解读对象")
                .contains("items/gov/2026/new-rules/index.html\">测试县收费管理办法</a>");
        assertThat(site.read("items/gov/2026/new-rules/index.html")).contains("相关解读")
                .contains("items/gov/2026/reading/index.html\">收费管理办法政策解读</a>");
    }

    @Test
    void repealedDocumentSaysSoAndLinksItsSuccessor() {
        String old = site.read("items/gov/2025/old-rules/index.html");
        assertThat(old).contains("本文件已废止").contains("已废止")
                .contains("items/gov/2026/new-rules/index.html\">测试县收费管理办法</a>");
        assertThat(site.read("items/gov/2026/new-rules/index.html")).contains("测试县收费管理暂行办法");
    }

    @Test
    void changeNotesMoveLastUpdated() {
        String page = site.read("items/gov/2026/new-rules/index.html");
        assertThat(page).contains("更正附件中的收费标准。").contains("2026-04-01");
    }

    @Test
    void noticePeriodStateDependsOnTheBuildDate() {
        String open = site.read("items/vil/2026/open-publicity/index.html");
        assertThat(open).contains("<html lang=\"zh-Hant\"").contains("2026-05-26").contains("2026-06-09")
                .contains("notice-period-open");
        assertThat(site.read("items/vil/2026/ended-publicity/index.html")).contains("notice-period-ended")
                .contains("公示期已结束");
    }

    @Test
    void withdrawnItemKeepsItsPageButLeavesListsAndFeeds() {
        String page = site.read("items/gov/2026/withdrawn/index.html");
        assertThat(page).contains("分配方案调整，另行公告。").contains("2026-04-10");
        assertThat(page).as("titles are escaped").contains("&lt;b&gt;粗&lt;/b&gt;").doesNotContain("<b>粗</b>");
        for (String listing : new String[] {"index.html", "catalog/regulation/index.html", "organs/gov/index.html",
            "archive/2026/index.html", "archive/2026/04/index.html", "feeds/all.xml", "sitemap.xml", "data/items.json"}) {
            assertThat(site.read(listing)).as(listing).doesNotContain("关于专项资金分配的公告");
        }
    }

    @Test
    void aliasRedirectsToTheItem() {
        String redirect = site.read("zwgk/art/2026/art_88.html");
        assertThat(redirect).contains("http-equiv=\"refresh\"").contains("../../../items/gov/2026/new-rules/index.html");
    }

    @Test
    void yearlyVolumeIsInIndexNumberOrder() {
        String volume = site.read("archive/2026/volume/index.html");
        int first = volume.indexOf(FixtureSite.GOV_CODE + "/2026-00001");
        int second = volume.indexOf(FixtureSite.GOV_CODE + "/2026-00002");
        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
    }
}
