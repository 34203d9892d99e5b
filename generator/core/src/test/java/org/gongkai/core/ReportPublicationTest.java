package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongkai.core.model.BuildMode;
import org.gongkai.core.search.SearchOutputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An annual report reaches the public portal only once it is published: a draft (no {@code published}) and one
 * whose date is still to come have no page, no JSON, no CSV, no line in the index or the sitemap, and not a byte of
 * their text anywhere in the public output. The internal build shows them, marked as drafts.
 */
class ReportPublicationTest {
    private static final String SCHEDULED_MARK = "SCHEDULEDREPORTMARK";

    private static FixtureSite site(Path tmp) {
        FixtureSite site = ReportFixture.in(tmp);
        // To be published after the build's day (2026-06-01).
        site.write("content/reports/2026/gov.yaml", """
                published: 2026-12-20
                overview: 定于年底发布%s。
                """.formatted(SCHEDULED_MARK));
        return site;
    }

    @Test
    void draftsAndScheduledReportsAreNotInThePublicPortal(@TempDir Path tmp) throws IOException {
        FixtureSite site = site(tmp);
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();

        Path out = site.output();
        assertThat(out.resolve(ReportFixture.FIN_2025)).as("the published one").exists();
        for (String f : List.of(ReportFixture.FIN_2026_DRAFT, "reports/2026/fin.json", "reports/2026/fin.csv",
                "reports/2026/gov/index.html", "reports/2026/gov.json", "reports/2026/gov.csv")) {
            assertThat(out.resolve(f)).as(f).doesNotExist();
        }
        assertThat(out.resolve("reports/2026")).doesNotExist();
        List<Path> outputs = new ArrayList<>(FixtureSite.files(out));
        outputs.addAll(FixtureSite.files(SearchOutputs.indexDirFor(out)));
        for (Path p : outputs) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            assertThat(text).as("%s", p).doesNotContain(ReportFixture.DRAFT_MARK).doesNotContain(SCHEDULED_MARK)
                    .doesNotContain("2026年政府信息公开工作年度报告").doesNotContain("reports/2026/");
            assertThat(p.toString().toLowerCase(Locale.ROOT)).doesNotContain("reports/2026");
        }
        assertThat(site.read("reports/index.html")).contains("测试县财政局2025年政府信息公开工作年度报告")
                .doesNotContain("badge-draft");
    }

    @Test
    void theInternalBuildShowsThemAsDrafts(@TempDir Path tmp) throws IOException {
        FixtureSite site = site(tmp);
        Path internal = tmp.resolve("out/internal");
        BuildResult result = site.build(BuildMode.INTERNAL, internal);
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();

        String draft = Files.readString(internal.resolve(ReportFixture.FIN_2026_DRAFT), StandardCharsets.UTF_8);
        assertThat(draft).contains("notice-draft", "草稿：本报告尚未发布", ReportFixture.DRAFT_MARK);
        assertThat(draft).as("a draft has no publication date to tag").doesNotContain("name=\"PubDate\"");
        assertThat(Files.readString(internal.resolve("reports/2026/gov/index.html"), StandardCharsets.UTF_8))
                .contains("notice-draft", SCHEDULED_MARK);
        assertThat(Files.readString(internal.resolve("reports/2026/fin.json"), StandardCharsets.UTF_8))
                .contains("\"published\": null", "\"draft\": true");
        assertThat(Files.readString(internal.resolve(ReportFixture.FIN_2025), StandardCharsets.UTF_8))
                .doesNotContain("notice-draft");

        String index = Files.readString(internal.resolve("reports/index.html"), StandardCharsets.UTF_8);
        // Newest year first; within a year the organs in site.yaml's order (gov before fin).
        assertThat(index).containsSubsequence("2026年度", "测试县人民政府办公室2026年", "测试县财政局2026年", "2025年度",
                "测试县人民政府2025年", "测试县财政局2025年");
        assertThat(index).contains("badge-draft");
    }
}
