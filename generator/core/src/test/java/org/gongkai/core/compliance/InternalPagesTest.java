package org.gongkai.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.model.BuildMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's own pages: the internal build shows the register with each application's deadline and state,
 * 信息发布统计 and the compliance report; the public build has none of them, only the statistics of what it shows
 * as open data; and the compliance report is written for CI beside the diagnostics.
 */
class InternalPagesTest {

    private static FixtureSite site(Path tmp) {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("fin/2026/budget.md", """
                title: 2026年部门预算
                organ: fin
                category: budget
                written: 2026-03-02
                published: 2026-03-03
                """, "预算。\n");
        site.item("gov/2026/late.md", """
                title: 迟发的通知
                organ: gov
                category: regulation
                written: 2026-01-05
                published: 2026-04-01
                """, "正文。\n");
        site.item("gov/2026/inside.md", """
                title: 内部通知INSIDEMARK
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                audience: internal
                """, "正文。\n");
        site.write("content/requests/2026/open.yaml", """
                id: 2026-009
                organ: fin
                received: 2026-04-01
                channel: online
                applicant: natural-person
                request: 申请公开2025年专项资金使用情况
                """);
        site.write("content/requests/2026/done.yaml", """
                id: 2026-003
                organ: fin
                received: 2026-03-02
                channel: post
                applicant: commercial
                request: 申请公开招标文件
                outcome: unable
                reason: not-held
                replied: 2026-03-10
                """);
        return site;
    }

    @Test
    void theInternalBuildShowsTheRegisterTheStatisticsAndTheComplianceReport(@TempDir Path tmp) throws IOException {
        FixtureSite site = site(tmp);
        Path internal = tmp.resolve("out/portal-internal");
        BuildResult result = site.build(BuildMode.INTERNAL, internal);
        assertThat(result.written()).as("%s", result.diagnostics()).isFalse(); // 2026-009 is overdue: an error
        assertThat(result.diagnostics()).anySatisfy(d -> assertThat(d.code().id()).isEqualTo("request-overdue"));

        // Answer it in time for the build to go through, and look again.
        site.write("content/requests/2026/open.yaml", Files.readString(site.content().resolve("requests/2026/open.yaml"))
                .replace("received: 2026-04-01", "received: 2026-05-08"));
        result = site.build(BuildMode.INTERNAL, internal);
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();

        String register = Files.readString(internal.resolve("register/index.html"));
        assertThat(register).contains("2026-009", "申请公开2025年专项资金使用情况", "即将到期", "2026-003", "本机关不掌握相关政府信息",
                "已按时答复", "测试县财政局");
        assertThat(register.indexOf("2026-009")).as("newest first").isLessThan(register.indexOf("2026-003"));

        String statistics = Files.readString(internal.resolve("statistics/index.html"));
        assertThat(statistics).contains("2026年按发布机构统计", "测试县人民政府办公室", "测试县财政局");

        String compliance = Files.readString(internal.resolve("compliance/index.html"));
        assertThat(compliance).contains("超过公开时限发布的信息", "items/gov/2026/late.md", "即将到期的申请", "requests/2026/open.yaml",
                "栏目空白");
        assertThat(compliance).contains("href=\"../items/gov/2026/late/index.html\"");
    }

    @Test
    void thePublicBuildHasOnlyTheStatisticsOfWhatItShows(@TempDir Path tmp) throws IOException {
        FixtureSite site = site(tmp);
        site.write("content/requests/2026/open.yaml", Files.readString(site.content().resolve("requests/2026/open.yaml"))
                .replace("received: 2026-04-01", "received: 2026-05-08"));
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        for (String page : new String[] {"register/index.html", "statistics/index.html", "compliance/index.html"}) {
            assertThat(site.output().resolve(page)).doesNotExist();
        }
        String csv = site.read("data/statistics.csv");
        assertThat(csv).startsWith("\uFEFForgan,category,month,published,on_time,withdrawn\r\n")
                .contains("fin,budget,2026-03,1,1,0\r\n", "gov,regulation,2026-04,1,0,0\r\n")
                .doesNotContain("2026-03,2"); // the internal item is not counted in public
        assertThat(site.read("data/statistics.json")).contains("\"organ\": \"fin\"");

        Path json = tmp.resolve("compliance.json");
        site.engine().diagnosticsFile(tmp.resolve("diagnostics.json")).build().validate();
        assertThat(Files.readString(json)).contains("\"late\": 1", "\"request-due-soon\": 1", "items/gov/2026/late.md");
    }
}
