package org.gongkai.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.FixtureSite;
import org.gongkai.core.model.BuildMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 村级“三务”: each village's organ page shows its own 村务, 党务 and 财务 columns, with the latest of each. */
class VillageColumnsTest {

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
                  - id: sanwu
                    name: 村级“三务”公开
                    applies-to: [village]
                    children:
                      - id: cunwu
                        name: 村务公开
                        cadence: quarterly
                        applies-to: [village]
                      - id: dangwu
                        name: 党务公开
                        cadence: quarterly
                        applies-to: [village]
                      - id: caiwu
                        name: 财务公开
                        cadence: monthly
                        applies-to: [village]
                """);
        for (String[] i : new String[][] {{"vil", "caiwu", "2026-05-10"}, {"vil", "cunwu", "2026-04-08"},
                {"vil", "dangwu", "2026-04-09"}, {"xic", "caiwu", "2026-01-10"}, {"xic", "cunwu", "2026-04-02"}}) {
            site.item(i[0] + "/2026/" + i[1] + ".md", "title: " + i[0] + i[1] + "\norgan: " + i[0] + "\ncategory: " + i[1]
                    + "\nwritten: " + i[2] + "\npublished: " + i[2] + "T10:00:00+08:00", "正文。\n");
        }
        return site;
    }

    /** The rows of the organ page's column table, as text: 栏目 | 更新周期 | 数量 | 最近更新 [| 更新情况]. */
    private static List<String> rows(Path page) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        int a = html.indexOf("<table class=\"columns\">");
        assertThat(a).as("the column table on %s", page).isPositive();
        String table = html.substring(a, html.indexOf("</table>", a));
        return java.util.Arrays.stream(table.split("<tr")).skip(2)
                .map(r -> r.replaceAll("<[^>]+>", "|").replaceAll("\\s+", "").replaceAll("\\|+", "|"))
                .map(r -> r.substring(r.indexOf('|') + 1)).toList();
    }

    @Test
    void eachVillageShowsItsOwnColumnsAndTheInternalBuildMarksTheBlankOnes(@TempDir Path tmp) throws IOException {
        FixtureSite site = twoVillages(tmp);
        assertThat(site.build().hasErrors()).isFalse();
        assertThat(rows(site.output().resolve("organs/vil/index.html"))).containsExactly(
                "村务公开|每季度|1条|2026-04-08|", "党务公开|每季度|1条|2026-04-09|", "财务公开|每月|1条|2026-05-10|");
        assertThat(rows(site.output().resolve("organs/xic/index.html"))).containsExactly(
                "村务公开|每季度|1条|2026-04-02|", "党务公开|每季度|0条|尚无信息|", "财务公开|每月|1条|2026-01-10|");
        assertThat(site.read("organs/gov/index.html")).as("a government has no village columns")
                .doesNotContain("class=\"columns\"");

        Path internal = tmp.resolve("internal");
        assertThat(site.build(BuildMode.INTERNAL, internal).hasErrors()).isFalse();
        assertThat(rows(internal.resolve("organs/xic/index.html"))).containsExactly(
                "村务公开|每季度|1条|2026-04-02|按期更新|", "党务公开|每季度|0条|尚无信息|栏目空白|",
                "财务公开|每月|1条|2026-01-10|栏目空白|");
        assertThat(rows(internal.resolve("organs/vil/index.html"))).allSatisfy(r -> assertThat(r).endsWith("按期更新|"));
    }
}
