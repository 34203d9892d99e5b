package org.gongkai.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TimeZone;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items without a 'published' date are dated by when they reached the main line, in real git repositories. */
class GitHistoryTest {
    private static final String ITEM = """
            title: 关于做好防汛工作的通知
            organ: gov
            category: regulation
            written: 2026-03-02
            """;

    private static void commit(Git git, String message, String isoInstant) throws Exception {
        PersonIdent who = new PersonIdent(new PersonIdent("信息员", "editor@example.gov.cn"),
                java.util.Date.from(Instant.parse(isoInstant)), TimeZone.getTimeZone("Asia/Shanghai"));
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Test
    void firstCommitOnTheMainLineDatesTheItemAndSurvivesARename(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp.resolve("repo"));
        site.item("gov/2026/flood.md", ITEM, "各乡镇：……\n");
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            commit(git, "新增防汛通知", "2026-03-04T02:00:00Z");
            Files.move(site.content().resolve("items/gov/2026/flood.md"), site.content().resolve("items/gov/2026/flood-control.md"));
            commit(git, "文件改名", "2026-04-20T02:00:00Z");
        }
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        String page = site.read("items/gov/2026/flood-control/index.html");
        assertThat(page).contains("2026-03-04").doesNotContain("2026-04-20");
        assertThat(result.diagnostics()).extracting(d -> d.code().id()).doesNotContain("not-committed", "no-git");
    }

    @Test
    void uncommittedItemIsDatedByItsWrittenDateWithAWarning(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp.resolve("repo"));
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            commit(git, "站点配置", "2026-01-04T02:00:00Z");
        }
        site.item("gov/2026/flood.md", ITEM, "各乡镇：……\n");
        BuildResult result = site.build();
        assertThat(result.diagnostics()).extracting(d -> d.code().id()).contains("not-committed");
        assertThat(site.read("items/gov/2026/flood/index.html")).contains("2026-03-02");
    }

    @Test
    void contentOutsideGitStillBuildsWithAWarning(@TempDir Path tmp) {
        FixtureSite site = FixtureSite.in(tmp.resolve("plain"));
        site.item("gov/2026/flood.md", ITEM, "各乡镇：……\n");
        BuildResult result = site.build();
        assertThat(result.written()).isTrue();
        assertThat(result.diagnostics()).extracting(d -> d.code().id()).contains("no-git");
    }

    @Test
    void shallowCloneIsReportedWithTheFix(@TempDir Path tmp) throws Exception {
        FixtureSite origin = FixtureSite.in(tmp.resolve("origin"));
        origin.item("gov/2026/flood.md", ITEM, "各乡镇：……\n");
        try (Git git = Git.init().setDirectory(origin.root().toFile()).setInitialBranch("main").call()) {
            commit(git, "一", "2026-03-04T02:00:00Z");
            origin.item("gov/2026/flood.md", ITEM, "各乡镇：（修订）\n");
            commit(git, "二", "2026-03-05T02:00:00Z");
        }
        Path clone = tmp.resolve("clone");
        try (Git ignored = Git.cloneRepository().setURI(origin.root().toUri().toString()).setDirectory(clone.toFile())
                .setDepth(1).call()) {
            assertThat(clone.resolve(".git/shallow")).exists();
        }
        BuildResult result = org.gongkai.core.Gongkai.builder().contentDir(clone.resolve("content"))
                .themeDir(FixtureSite.theme()).outputDir(tmp.resolve("out")).now(FixtureSite.NOW).build().validate();
        assertThat(result.diagnostics()).filteredOn(d -> d.code().id().equals("shallow-clone")).singleElement()
                .satisfies(d -> assertThat(d.hint()).contains("fetch-depth: 0"));
    }

    @Test
    void internalBuildShowsTheMergeAndPullRequestOfEachVersionAndMinorEditsDoNotMoveLastUpdated(@TempDir Path tmp)
            throws Exception {
        FixtureSite site = FixtureSite.in(tmp.resolve("repo"));
        try (Git git = Git.init().setDirectory(site.root().toFile()).setInitialBranch("main").call()) {
            commit(git, "站点配置", "2026-01-04T02:00:00Z");
            git.checkout().setCreateBranch(true).setName("add-flood").call();
            site.item("gov/2026/flood.md", ITEM, "各乡镇：……\n");
            commit(git, "新增防汛通知", "2026-03-03T02:00:00Z");
            git.checkout().setName("main").call();
            merge(git, "add-flood", "Merge pull request #12 from office/add-flood", "2026-03-04T02:00:00Z");

            // A typo fix without a change note: a minor change.
            site.item("gov/2026/flood.md", ITEM, "各乡镇：（错字已改）\n");
            commit(git, "改错字 (#13)", "2026-03-10T02:00:00Z");
            // A real change with a public note.
            site.item("gov/2026/flood.md", ITEM + "changes: [{date: 2026-03-20, note: 补充了应急联系电话。}]\n", "各乡镇：……\n");
            commit(git, "补充联系电话 (#14)", "2026-03-20T02:00:00Z");
        }
        Path internal = tmp.resolve("internal");
        BuildResult result = site.build(org.gongkai.core.model.BuildMode.INTERNAL, internal);
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        String page = Files.readString(internal.resolve("items/gov/2026/flood/index.html"));
        assertThat(page).contains("#12", "#13", "#14", "Merge pull request #12 from office/add-flood", "发布来源");

        assertThat(site.build().written()).isTrue();
        String publicPage = site.read("items/gov/2026/flood/index.html");
        assertThat(publicPage).doesNotContain("#12", "office/add-flood", "发布来源");
        assertThat(publicPage).contains("2026-03-04").contains("2026-03-20").doesNotContain("2026-03-10");
    }

    private static void merge(Git git, String branch, String message, String isoInstant) throws Exception {
        git.merge().include(git.getRepository().resolve(branch))
                .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).setCommit(false).call();
        commit(git, message, isoInstant);
    }

    @Test
    void pullRequestNumbersFromMergeAndSquashMessages() {
        assertThat(GitHistoryReader.pullRequest("Merge pull request #7 from a/b\n\n正文")).contains(7);
        assertThat(GitHistoryReader.pullRequest("更新预算表 (#42)")).contains(42);
        assertThat(GitHistoryReader.pullRequest("直接提交")).isEmpty();
    }
}
