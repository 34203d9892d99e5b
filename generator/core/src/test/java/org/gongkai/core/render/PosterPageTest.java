package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 公开栏版: a poster page for each 公示 (an item with a 公示期) and each 村务公开 item, with the organ, the title, the
 * body, the 公示期, the 监督电话 of site.yaml and a date line, linked from the item page; none for other items, nor
 * for a withdrawn one.
 */
class PosterPageTest {
    @TempDir
    static Path tmp;
    static FixtureSite site;

    @BeforeAll
    static void build() {
        site = FixtureSite.in(tmp);
        site.item("vil/2026/accounts.md", """
                title: 河东村2026年4月财务收支公开
                organ: vil
                category: village
                written: 2026-05-06
                published: 2026-05-07
                """, "本月收入12000元，支出8000元。\n");
        site.item("gov/2026/publicity.md", """
                title: 拟任职干部任前公示
                organ: gov
                category: regulation
                written: 2026-05-20
                published: 2026-05-21
                notice-period: {from: 2026-05-21, to: 2026-05-27}
                """, "公示期间如有意见，请向县委组织部反映。\n");
        site.item("gov/2026/rules.md", """
                title: 测试县收费管理办法
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                """, "正文。\n");
        site.item("vil/2026/withdrawn.md", """
                title: 河东村低保评议结果公示
                organ: vil
                category: village
                written: 2026-04-01
                published: 2026-04-02
                notice-period: {from: 2026-04-02, to: 2026-04-08}
                withdrawn: {date: 2026-04-03, reason: 名单有误。}
                """, "公示。\n");
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
    }

    @Test
    void aPublicityHasAPosterWithItsPeriodPhoneAndDate() {
        String poster = site.read("posters/gov/2026/publicity/index.html");
        assertThat(poster).contains("<title>拟任职干部任前公示（公开栏版） – 测试县人民政府信息公开</title>",
                "<p class=\"poster-organ\">测试县人民政府办公室</p>", "<h1 class=\"poster-title\">拟任职干部任前公示</h1>",
                "请向县委组织部反映。", "公示期：2026年5月21日至2026年5月27日", "监督电话：0870-0000002",
                "<time datetime=\"2026-05-21\">2026年5月21日</time>", "class=\"mode-public page-poster\"",
                "href=\"../../../../items/gov/2026/publicity/index.html\"");
        assertThat(site.read("items/gov/2026/publicity/index.html"))
                .contains("<a href=\"../../../../posters/gov/2026/publicity/index.html\">打印公开栏版</a>");
    }

    @Test
    void aVillageItemHasOneWithoutAPeriod() {
        String poster = site.read("posters/vil/2026/accounts/index.html");
        assertThat(poster).contains("河东村村民委员会", "河东村2026年4月财务收支公开", "本月收入12000元", "监督电话：0870-0000002")
                .doesNotContain("公示期：");
    }

    @Test
    void otherAndWithdrawnItemsHaveNone() {
        assertThat(site.output().resolve("posters/gov/2026/rules")).doesNotExist();
        assertThat(site.output().resolve("posters/vil/2026/withdrawn")).doesNotExist();
        assertThat(site.read("items/gov/2026/rules/index.html")).doesNotContain("poster");
        assertThat(site.read("items/vil/2026/withdrawn/index.html")).doesNotContain("打印公开栏版");
    }
}
