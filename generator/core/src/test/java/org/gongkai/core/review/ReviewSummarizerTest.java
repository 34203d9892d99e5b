package org.gongkai.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TimeZone;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.renderer.text.TextContentRenderer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A branch compared with main, in a real git repository: what an approver reads before merging. */
class ReviewSummarizerTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T12:00:00+08:00");

    private static String item(String title, String extra) {
        return """
                title: %s
                organ: fin
                category: budget
                written: 2026-03-02
                published: 2026-03-03
                %s
                """.formatted(title, extra);
    }

    static void commit(Git git, String message) throws Exception {
        PersonIdent who = new PersonIdent(new PersonIdent("信息员", "editor@example.gov.cn"),
                java.util.Date.from(Instant.parse("2026-05-01T00:00:00Z")), TimeZone.getTimeZone("Asia/Shanghai"));
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Test
    void summarisesEveryKindOfChangeAgainstTheMergeBase(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("fin/2026/budget.md", item("2026年部门预算", "doc-number: 测财〔2026〕1号"), "预算总额100万元。\n第二行。\n");
        site.item("fin/2026/fund.md", item("专项资金分配公告", ""), "公告。\n");
        site.item("fin/2026/old.md", item("过时的通知", "keywords: [过时]"), "关于开展2025年度行政事业单位国有资产清查工作的通知，请各单位于三月底前报送。\n");
        site.item("fin/2026/move.md", item("要移动的通知", ""), "一段不变的长正文，用来让重命名检测认出这是同一个文件。\n".repeat(5));
        try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
            commit(git, "初始内容");
            git.checkout().setCreateBranch(true).setName("pr").call();
            site.item("fin/2026/budget.md", item("2026年部门预算", "doc-number: 测财〔2026〕2号"), "预算总额120万元。\n第二行。\n");
            site.item("fin/2026/fund.md", item("专项资金分配公告", "withdrawn: {date: 2026-05-02, reason: 方案调整}"), "公告。\n");
            Files.delete(site.content().resolve("items/fin/2026/old.md"));
            Files.move(site.content().resolve("items/fin/2026/move.md"), site.content().resolve("items/fin/2026/moved.md"));
            site.item("fin/2026/plan.md", """
                    title: 2027年预算编制计划
                    organ: fin
                    category: budget
                    written: 2026-05-20
                    published: 2026-06-10T09:00:00+08:00
                    audience: internal
                    disclosure: on-request
                    """, "计划。\n");
            site.item("fin/2026/broken.md", item("机构写错", "").replace("organ: fin", "organ: nobody"), "这是一份机构写错了的新通知。\n");
            commit(git, "预算更新");
            // A later change on main is not part of the pull request.
            git.checkout().setName("main").call();
            site.item("gov/2026/unrelated.md", item("主干上的其他通知", "").replace("organ: fin", "organ: gov"), "正文。\n");
            commit(git, "主干的其他修改");
            git.checkout().setName("pr").call();
        }

        ReviewSummary s = new ReviewSummarizer().summarize(site.content(), "main", "pr", NOW);

        assertThat(s.changes()).extracting(c -> c.kind() + " " + (c.path().isEmpty() ? c.oldPath() : c.path()))
                .containsExactlyInAnyOrder(
                        "ADDED items/fin/2026/plan.md", "ADDED items/fin/2026/broken.md",
                        "CHANGED items/fin/2026/budget.md", "WITHDRAWN items/fin/2026/fund.md",
                        "REMOVED items/fin/2026/old.md", "RENAMED items/fin/2026/moved.md");
        Change budget = s.changes().stream().filter(c -> c.path().endsWith("budget.md")).findFirst().orElseThrow();
        assertThat(budget.metadata()).containsExactly(new Change.FieldChange("doc-number", "测财〔2026〕1号", "测财〔2026〕2号"));
        assertThat(budget.textDiff()).contains("-预算总额100万元。", "+预算总额120万元。");
        Change plan = s.changes().stream().filter(c -> c.path().endsWith("plan.md")).findFirst().orElseThrow();
        assertThat(plan.scheduled()).isEqualTo("2026-06-10T09:00+08:00");
        assertThat(plan.audience()).isEqualTo("internal");
        assertThat(plan.disclosure()).isEqualTo("on-request");
        Change broken = s.changes().stream().filter(c -> c.path().endsWith("broken.md")).findFirst().orElseThrow();
        assertThat(broken.diagnostics()).anySatisfy(d -> assertThat(d.code().id()).isEqualTo("unknown-organ"));
        assertThat(s.errorCount()).isEqualTo(1);
        Change moved = s.changes().stream().filter(c -> c.kind() == Change.Kind.RENAMED).findFirst().orElseThrow();
        assertThat(moved.oldPath()).isEqualTo("items/fin/2026/move.md");

        String md = ReviewReport.markdown(s);
        assertThat(md).startsWith(ReviewReport.MARKER).contains("```diff");
        // Values are escaped in the Markdown: what the approver reads is the rendered text.
        String shown = TextContentRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(MarkdownTextTest.GFM.parse(md));
        assertThat(shown).contains("测财〔2026〕2号", "2026-06-10T09:00+08:00", "unknown-organ",
                "items/fin/2026/move.md → items/fin/2026/moved.md");
        assertThat(shown).doesNotContain("主干上的其他通知");
        assertThat(ReviewReport.json(s)).contains("\"withdrawn\": 1", "\"errors\": 1");
    }

    @Test
    void aLinkThatLeadsOutOfContentIsReportedAsTheBuildWouldReportIt(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
            commit(git, "初始内容");
            git.checkout().setCreateBranch(true).setName("pr").call();
            Files.createDirectories(site.content().resolve("attachments"));
            Files.createSymbolicLink(site.content().resolve("attachments/passwd.txt"), Path.of("/etc/passwd"));
            commit(git, "加一个链接");
        }

        ReviewSummary s = new ReviewSummarizer().summarize(site.content(), "main", "pr", NOW);

        assertThat(s.diagnostics()).anySatisfy(d -> {
            assertThat(d.code().id()).isEqualTo("outside-content");
            assertThat(d.file()).isEqualTo("attachments/passwd.txt");
        });
        assertThat(s.errorCount()).isEqualTo(1);
    }

    @Test
    void saysWhenTheChangeMakesTheComplianceReportWorse(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("fin/2026/budget.md", item("2026年部门预算", ""), "预算。\n");
        try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
            commit(git, "初始内容");
            git.checkout().setCreateBranch(true).setName("pr").call();
            site.item("fin/2026/late.md", item("迟发的决算", "").replace("written: 2026-03-02", "written: 2026-01-05"),
                    "决算。\n");
            commit(git, "补发决算");
        }

        ReviewSummary s = new ReviewSummarizer().summarize(site.content(), "main", "pr", NOW);

        assertThat(s.complianceWorse()).isTrue();
        assertThat(s.compliance()).contains(new ReviewSummary.ComplianceChange(org.gongkai.core.diagnostic.Code.LATE, 0, 1));
        String shown = TextContentRenderer.builder().extensions(List.of(TablesExtension.create())).build()
                .render(MarkdownTextTest.GFM.parse(ReviewReport.markdown(s)));
        assertThat(shown).contains("合规报告变差", "超过公开时限发布");
        assertThat(ReviewReport.json(s)).contains("\"complianceWorse\": true", "\"kind\": \"late\"");
    }

    @Test
    void unknownRefSaysHowToFetchIt(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
            commit(git, "初始内容");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ReviewSummarizer().summarize(site.content(), "origin/main", "HEAD", NOW))
                .isInstanceOf(ReviewException.class).hasMessageContaining("git fetch origin main");
    }
}
