package org.gongkai.core.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemScaffolderTest {

    private static ItemScaffolder.Request request(String title) {
        return new ItemScaffolder.Request("fin", "budget", title, LocalDate.parse("2026-03-02"), Optional.empty());
    }

    @Test
    void newItemGetsTheNextIndexNumberAndAPinyinSlugAndValidates(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("fin/2026/a.md", "title: 甲\norgan: fin\ncategory: budget\nwritten: 2026-01-05\npublished: 2026-01-06\nindex: "
                + FixtureSite.FIN_CODE + "/2026-00007\n", "正文。\n");
        site.item("fin/2025/b.md", "title: 乙\norgan: fin\ncategory: budget\nwritten: 2025-01-05\npublished: 2025-01-06\nindex: "
                + FixtureSite.FIN_CODE + "/2025-00031\n", "正文。\n");
        site.item("gov/2026/c.md", "title: 丙\norgan: gov\ncategory: budget\nwritten: 2026-01-05\npublished: 2026-01-06\nindex: "
                + FixtureSite.GOV_CODE + "/2026-00044\n", "正文。\n");

        ItemScaffolder.Result r = new ItemScaffolder().scaffold(site.content(), request("2026年部门预算公开说明"));

        assertThat(r.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(r.index()).isEqualTo(FixtureSite.FIN_CODE + "/2026-00008");
        assertThat(r.file()).contains("items/fin/2026/2026-nian-bu-men-yu-suan-gong-kai-shuo-ming.md");
        String text = Files.readString(site.content().resolve(r.file().get()));
        assertThat(text).contains("title: \"2026年部门预算公开说明\"", "written: 2026-03-02", "organ: fin");
        BuildResult check = site.engine().build().validate();
        assertThat(check.diagnostics()).noneMatch(Diagnostic::isError);
    }

    @Test
    void sameTitleTwiceGetsTwoFilesAndTwoNumbers(@TempDir Path tmp) {
        FixtureSite site = FixtureSite.in(tmp);
        ItemScaffolder s = new ItemScaffolder();
        ItemScaffolder.Result first = s.scaffold(site.content(), request("预算公开"));
        ItemScaffolder.Result second = s.scaffold(site.content(), request("预算公开"));
        assertThat(first.file()).contains("items/fin/2026/yu-suan-gong-kai.md");
        assertThat(second.file()).contains("items/fin/2026/yu-suan-gong-kai-2.md");
        assertThat(first.index()).endsWith("/2026-00001");
        assertThat(second.index()).endsWith("/2026-00002");
    }

    @Test
    void unknownOrganIsAnErrorAndNothingIsWritten(@TempDir Path tmp) {
        FixtureSite site = FixtureSite.in(tmp);
        ItemScaffolder.Result r = new ItemScaffolder().scaffold(site.content(),
                new ItemScaffolder.Request("nope", "budget", "标题", LocalDate.parse("2026-03-02"), Optional.empty()));
        assertThat(r.file()).isEmpty();
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.code().id()).isEqualTo("unknown-organ"));
        assertThat(site.content().resolve("items")).doesNotExist();
    }

    @Test
    void slugsFromChineseAndLatinTitles() {
        assertThat(Slugs.fromTitle("示例县2026年政府工作报告")).isEqualTo("shi-li-xian-2026-nian-zheng-fu-gong-zuo-bao-gao");
        assertThat(Slugs.fromTitle("COVID-19 Vaccination Notice")).isEqualTo("covid-19-vaccination-notice");
        assertThat(Slugs.fromTitle("《》")).isEqualTo("item");
    }

    @Test
    void aSecondBranchTakesTheNumberAfterTheFirstBranchs(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(tmp.toFile())
                .setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("初始").setSign(false).call();
            String[] expected = {"/2026-00001", "/2026-00002"};
            String[] branches = {"a", "b"};
            for (int i = 0; i < 2; i++) {
                git.checkout().setName("main").call();
                git.checkout().setCreateBranch(true).setName(branches[i]).call();
                ItemScaffolder.Result r = new ItemScaffolder().scaffold(site.content(), request("分支" + branches[i] + "的通知"));
                assertThat(r.index()).endsWith(expected[i]);
                assertThat(r.branches().branches()).contains("main", branches[i]);
                git.add().addFilepattern(".").call();
                git.commit().setMessage("新增 " + branches[i]).setSign(false).call();
            }
            git.checkout().setName("main").call();
            git.merge().include(git.getRepository().resolve("a")).setMessage("Merge pull request #1").call();
            git.merge().include(git.getRepository().resolve("b")).setMessage("Merge pull request #2").call();
        }
        assertThat(site.engine().build().validate().diagnostics())
                .noneSatisfy(d -> assertThat(d.code().id()).isEqualTo("duplicate-index"));
    }

    /** Two editors in two clones of the office's repository: the second fetches and sees the first's pushed branch. */
    @Test
    void theNumberOnAnotherEditorsPushedBranchCountsAfterAFetch(@TempDir Path tmp) throws Exception {
        Path origin = tmp.resolve("origin.git");
        FixtureSite seed = FixtureSite.in(tmp.resolve("seed"));
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(seed.root().toFile())
                .setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("初始").setSign(false).call();
            org.eclipse.jgit.api.Git.init().setBare(true).setDirectory(origin.toFile()).setInitialBranch("main").call().close();
            git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(origin.toUri().toString())).call();
            git.push().setRemote("origin").add("main").call();
        }
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        for (Path clone : new Path[] {one, two}) {
            org.eclipse.jgit.api.Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile()).call().close();
        }
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(one.toFile())) {
            git.checkout().setCreateBranch(true).setName("czj-budget").call();
            ItemScaffolder.Result r = new ItemScaffolder().scaffold(one.resolve("content"), request("一号编辑的通知"), true);
            assertThat(r.index()).endsWith("/2026-00001");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("新增").setSign(false).call();
            git.push().setRemote("origin").add("czj-budget").call();
        }
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(two.toFile())) {
            git.checkout().setCreateBranch(true).setName("czj-plan").call();
            ItemScaffolder.Result stale = new ItemScaffolder().scaffold(two.resolve("content"), request("未取回时"), false);
            assertThat(stale.index()).as("origin/czj-budget not fetched yet").endsWith("/2026-00001");
            java.nio.file.Files.delete(two.resolve("content").resolve(stale.file().get()));

            ItemScaffolder.Result r = new ItemScaffolder().scaffold(two.resolve("content"), request("二号编辑的通知"), true);
            assertThat(r.index()).endsWith("/2026-00002");
            assertThat(r.branches().fetched()).containsExactly("origin");
            assertThat(r.branches().branches()).contains("czj-plan", "origin/main", "origin/czj-budget");
            assertThat(r.branches().describe(org.gongkai.core.diagnostic.DiagnosticLanguage.ZH_HANS))
                    .anySatisfy(l -> assertThat(l).startsWith("已对照工作区和 ").contains("origin/czj-budget"))
                    .contains("已先取回（fetch）：origin");
        }
    }

    @Test
    void aRemoteThatCannotBeFetchedIsSaidAndTheNumberStillComes(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(tmp.toFile())
                .setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("初始").setSign(false).call();
            git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(
                    tmp.resolve("no-such-repository.git").toUri().toString())).call();
        }
        ItemScaffolder.Result r = new ItemScaffolder().scaffold(site.content(), request("通知"), true);
        assertThat(r.index()).endsWith("/2026-00001");
        assertThat(r.branches().problems()).singleElement().satisfies(p -> assertThat(p).startsWith("origin: "));
        assertThat(r.branches().describe(org.gongkai.core.diagnostic.DiagnosticLanguage.EN))
                .anySatisfy(l -> assertThat(l).startsWith("could not fetch origin: "));
    }
}
