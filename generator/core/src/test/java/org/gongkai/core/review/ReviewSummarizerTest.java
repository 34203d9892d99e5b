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

    /** Two editors took the same next number on two branches; main merged the other one first. */
    @Test
    void anIndexMainTookAfterTheBranchWasMadeIsAnErrorThatNamesTheNextFreeNumber(@TempDir Path tmp) throws Exception {
        String code = FixtureSite.FIN_CODE;
        FixtureSite site = FixtureSite.in(tmp);
        site.item("fin/2026/first.md", item("第一份通知", "index: " + code + "/2026-00001"), "正文。\n");
        try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
            commit(git, "初始内容");
            git.checkout().setCreateBranch(true).setName("pr").call();
            site.item("fin/2026/mine.md", item("本分支的通知", "index: " + code + "/2026-00002"), "正文。\n");
            commit(git, "新增通知");
            git.checkout().setName("main").call();
            site.item("fin/2026/theirs.md", item("另一分支先合并的通知", "index: " + code + "/2026-00002"), "正文。\n");
            site.item("fin/2026/third.md", item("又一份通知", "index: " + code + "/2026-00003"), "正文。\n");
            commit(git, "Merge pull request #8");
            git.checkout().setName("pr").call();
        }

        ReviewSummary s = new ReviewSummarizer().summarize(site.content(), "main", "pr", NOW);
        assertThat(s.blocking()).singleElement().satisfies(d -> {
            assertThat(d.code().id()).isEqualTo("index-taken");
            assertThat(d.format(org.gongkai.core.diagnostic.DiagnosticLanguage.ZH_HANS)).isEqualTo(
                    "items/fin/2026/mine.md:7:8: 错误 [index-taken] 索引号“" + code + "/2026-00002”在本分支建立之后已被 main 上的 "
                            + "items/fin/2026/theirs.md 使用，合并后会重复 — 把 index 改为“" + code + "/2026-00004”"
                            + "（main 上这个机构这一年的下一个号），或者先把 main 合并进本分支，再用 gongkai:new 取号；索引号一经公开不再更改");
            assertThat(d.format(org.gongkai.core.diagnostic.DiagnosticLanguage.EN)).isEqualTo(
                    "items/fin/2026/mine.md:7:8: error [index-taken] 索引号 '" + code + "/2026-00002' was taken on main by "
                            + "items/fin/2026/theirs.md after this branch was made: merged, it would be used twice — change index to '"
                            + code + "/2026-00004' (the organ's next number for the year on main), or merge main into this branch "
                            + "and take a number with gongkai:new; an 索引号 never changes once published");
        });
        assertThat(ReviewReport.markdown(s)).contains("阻止合并的错误 Errors that block the merge: 1");
        assertThat(ReviewReport.json(s)).contains("\"code\": \"index-taken\"");

        // Once main is merged into the branch, the build's own check (duplicate-index) takes over.
        try (Git git = Git.open(tmp.toFile())) {
            git.merge().include(git.getRepository().resolve("main")).setMessage("合并 main").call();
        }
        ReviewSummary merged = new ReviewSummarizer().summarize(site.content(), "main", "pr", NOW);
        assertThat(merged.blocking()).extracting(d -> d.code().id()).containsExactly("duplicate-index");
    }

    /** An error main already had in a file the pull request does not touch is listed, but does not block it. */
    @Test
    void onlyErrorsOfTheChangeBlockTheMerge(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("fin/2026/old.md", item("机构写错的旧通知", "").replace("organ: fin", "organ: nobody"), "正文。\n");
        try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
            commit(git, "初始内容");
            git.checkout().setCreateBranch(true).setName("pr").call();
            site.item("fin/2026/good.md", item("正确的通知", ""), "正文。\n");
            commit(git, "新增");
        }
        ReviewSummary ok = new ReviewSummarizer().summarize(site.content(), "main", "pr", NOW);
        assertThat(ok.errorCount()).isPositive();
        assertThat(ok.blocking()).isEmpty();
        assertThat(ReviewReport.consoleSummary(ok, Path.of("target/gongkai/review.md")))
                .contains("0 个错误阻止合并").contains("个错误在本次没有改动的文件中");

        try (Git git = Git.open(tmp.toFile())) {
            site.item("fin/2026/bad.md", item("新写错的通知", "").replace("category: budget", "category: nothing"), "正文。\n");
            commit(git, "又一个");
        }
        ReviewSummary bad = new ReviewSummarizer().summarize(site.content(), "main", "pr", NOW,
                java.util.Optional.of(org.gongkai.core.diagnostic.DiagnosticLanguage.EN));
        assertThat(bad.blocking()).extracting(d -> d.code().id() + " " + d.file())
                .containsExactly("unknown-category items/fin/2026/bad.md");
        assertThat(ReviewReport.failure(bad)).startsWith("1 error(s) block the merge");
    }
}
