package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 栏目空白 per organ: a category that is each organ's duty is blank for the organ that has not kept it. */
class CadenceCheckTest {

    /** Two villages under one 三务 catalog, a county-wide budget column and a site-wide column; the fixture's now is 2026-06-01. */
    private static FixtureSite twoVillages(Path tmp) {
        FixtureSite site = FixtureSite.in(tmp);
        String west = "54539901MB0000004" + org.gongkai.core.load.OrganCode.checkCharacter("54539901MB0000004");
        site.write("content/site.yaml", FixtureSite.SITE_YAML + """
                  - id: xic
                    name: 河西村村民委员会
                    code: "%s"
                    type: village
                """.formatted(west));
        site.write("content/catalog.yaml", """
                categories:
                  - id: regulation
                    name: 规范性文件
                  - id: caiwu
                    name: 财务公开
                    cadence: monthly
                    applies-to: [village]
                  - id: county-budget
                    name: 政府预算决算
                    cadence: annual
                    applies-to: [government, department]
                    cadence-per: site
                  - id: notices
                    name: 通知公告
                    cadence: quarterly
                """);
        return site;
    }

    private static List<String> blank(FixtureSite site) {
        return site.engine().build().validate().diagnostics().stream()
                .filter(d -> d.code().id().startsWith("cadence-"))
                .map(d -> d.code().id() + " " + d.message()).sorted().toList();
    }

    private static String item(String organ, String category, String day) {
        return "title: " + organ + category + day + "\norgan: " + organ + "\ncategory: " + category
                + "\nwritten: " + day + "\npublished: " + day + "T10:00:00+08:00";
    }

    @Test
    void oneDiligentVillageDoesNotHideTheOthersBlankColumn(@TempDir Path tmp) {
        FixtureSite site = twoVillages(tmp);
        site.item("vil/2026/may.md", item("vil", "caiwu", "2026-05-10"), "五月收支。\n");
        site.item("xic/2026/jan.md", item("xic", "caiwu", "2026-01-10"), "一月收支。\n");
        site.item("fin/2026/budget.md", item("fin", "county-budget", "2026-02-10"), "预算。\n");
        site.item("gov/2026/notice.md", item("gov", "notices", "2026-04-10"), "通知。\n");
        assertThat(blank(site)).containsExactly(
                "cadence-gap 栏目空白：河西村村民委员会的“财务公开”（每月）自 2026-01-10 以来没有新的公开信息（142 天）");
    }

    @Test
    void aVillageWithNothingInItsColumnIsNamed(@TempDir Path tmp) {
        FixtureSite site = twoVillages(tmp);
        site.item("vil/2026/may.md", item("vil", "caiwu", "2026-05-10"), "五月收支。\n");
        site.item("fin/2026/budget.md", item("fin", "county-budget", "2026-02-10"), "预算。\n");
        assertThat(blank(site)).containsExactly(
                "cadence-empty 栏目空白：“通知公告”（每季度）还没有任何公开信息",
                "cadence-empty 栏目空白：河西村村民委员会的“财务公开”（每月）还没有任何公开信息");
    }

    @Test
    void aSiteWideColumnIsFilledByAnyOrgan(@TempDir Path tmp) {
        FixtureSite site = twoVillages(tmp);
        site.item("vil/2026/may.md", item("vil", "caiwu", "2026-05-10"), "五月收支。\n");
        site.item("xic/2026/may.md", item("xic", "caiwu", "2026-05-12"), "五月收支。\n");
        site.item("fin/2025/budget.md", item("fin", "county-budget", "2025-02-10"), "预算。\n");
        site.item("vil/2026/notice.md", item("vil", "notices", "2026-04-10"), "通知。\n");
        assertThat(blank(site)).containsExactly(
                "cadence-gap 栏目空白：“政府预算决算”（每年）自 2025-02-10 以来没有新的公开信息（476 天）");
    }
}
