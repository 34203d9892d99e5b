package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.history.History;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quiet build (issue 10, part 4): every stage's counts and time are details (Maven's debug log), a line of its
 * own only for a stage that took a second or more, and one summary line at the end with the items, pages,
 * warnings, errors and time, in the diagnostics' language.
 */
class QuietBuildTest {
    private static final Pattern DETAIL = Pattern.compile("(.+) in (\\d+) ms");

    /** Both kinds of line, as the Maven plugin receives them. */
    private static final class Recorder implements Progress {
        final List<String> info = new ArrayList<>();
        final List<String> detail = new ArrayList<>();

        @Override
        public synchronized void info(String line) {
            info.add(line);
        }

        @Override
        public synchronized void detail(String line) {
            detail.add(line);
        }

        /** The stages that took {@link Progress#SLOW_MS} or more, by their details (a stage's ends with its time). */
        List<String> slow() {
            List<String> out = new ArrayList<>();
            for (String d : detail) {
                Matcher m = DETAIL.matcher(d);
                if (m.matches() && Long.parseLong(m.group(2)) >= Progress.SLOW_MS) {
                    out.add(m.group(1));
                }
            }
            return out;
        }
    }

    private static FixtureSite twoItems(Path tmp) {
        FixtureSite site = FixtureSite.in(tmp);
        for (int i = 1; i <= 2; i++) {
            site.item("gov/2026/notice-" + i + ".md", """
                    title: 关于第%1$d批公开事项的通知
                    organ: gov
                    category: regulation
                    written: 2026-03-02
                    published: 2026-03-03
                    index: %2$s/2026-0000%1$d
                    """.formatted(i, FixtureSite.GOV_CODE), "正文。\n");
        }
        return site;
    }

    @Test
    void aFastBuildSaysNothingButItsDetails(@TempDir Path tmp) {
        Recorder progress = new Recorder();
        BuildResult result = twoItems(tmp).engine().progress(progress).build().build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        assertThat(progress.detail).anyMatch(d -> d.startsWith("load: 2 items,"))
                .anyMatch(d -> d.startsWith("check (alongside): 0 errors,")).anyMatch(d -> d.startsWith("history: "))
                .anyMatch(d -> d.startsWith("model: 2 visible (public build)"))
                .anyMatch(d -> d.startsWith("render+write: " + result.pages() + " pages"));
        assertThat(progress.detail).as("every stage's detail ends with its time").allMatch(d -> DETAIL.matcher(d).matches());
        // A line of its own only for a stage that took a second or more (on a slow machine, a cold JVM's first
        // load may): as many lines as slow stages, none for the others.
        assertThat(progress.info).hasSameSizeAs(progress.slow());
        assertThat(progress.info).allMatch(l -> l.matches(".+（\\d+\\.\\d 秒）"));
    }

    @Test
    void aSlowStageGetsALineInTheDiagnosticsLanguage(@TempDir Path tmp) {
        FixtureSite site = twoItems(tmp);
        Pipeline.HistorySource slowHistory = (dir, d) -> {
            try {
                Thread.sleep(1100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return History.none();
        };
        Recorder zh = new Recorder();
        Pipeline.builder().history(slowHistory).progress(zh).build().run(site.content(), FixtureSite.NOW, new Diagnostics());
        assertThat(zh.slow()).contains("history: no git repository");
        assertThat(zh.info).anyMatch(l -> l.matches("没有 git 历史（1\\.\\d 秒）"));
        assertThat(zh.info).hasSameSizeAs(zh.slow());

        Recorder en = new Recorder();
        Pipeline.builder().history(slowHistory).progress(en).language(DiagnosticLanguage.EN).build()
                .run(site.content(), FixtureSite.NOW, new Diagnostics());
        assertThat(en.info).anyMatch(l -> l.matches("history: no git repository \\(1\\.\\d s\\)"));
        assertThat(en.info).noneMatch(l -> l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void theSummaryOfABuildCountsItemsPagesWarningsErrorsAndTime(@TempDir Path tmp) {
        BuildResult result = twoItems(tmp).engine().build().build();
        assertThat(result.written()).isTrue();
        assertThat(result.pages()).isGreaterThan(2);
        long warnings = result.diagnostics().stream().filter(d -> !d.isError()).count();
        assertThat(BuildSummary.line(result, true, 2345, Path.of("target/portal"))).isEqualTo(
                "门户已生成：2 个条目，" + result.pages() + " 个页面，" + warnings + " 个警告，0 个错误，用时 2.3 秒 → target/portal");

        BuildResult en = twoItems(tmp.resolve("en")).engine().diagnosticLanguage(DiagnosticLanguage.EN).build().build();
        assertThat(BuildSummary.line(en, true, 61_049, Path.of("target/portal"))).isEqualTo(
                "Portal built: 2 item(s), " + en.pages() + " page(s), " + warnings + " warning(s), 0 error(s), in 61.0 s → target/portal");
    }

    @Test
    void theSummaryOfAFailedBuildSaysTheOldPortalStays(@TempDir Path tmp) {
        FixtureSite site = twoItems(tmp);
        site.item("gov/2026/bad.md", """
                title: 机构写错的通知
                organ: caizheng
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                """, "正文。\n");
        BuildResult result = site.build();
        assertThat(result.written()).isFalse();
        long errors = result.errorCount();
        long warnings = result.warningCount();
        assertThat(errors).isPositive();
        assertThat(BuildSummary.line(result, true, 400, site.output())).isEqualTo(
                "门户没有生成（原有的保持不变），" + warnings + " 个警告，" + errors + " 个错误，用时 0.4 秒");
    }

    @Test
    void theSummaryOfAValidation(@TempDir Path tmp) {
        FixtureSite site = twoItems(tmp);
        BuildResult result = site.engine().mode(BuildMode.INTERNAL).build().validate();
        long warnings = result.warningCount();
        assertThat(BuildSummary.line(result, false, 999, null)).isEqualTo(
                "检查完成：2 个条目可见，" + warnings + " 个警告，0 个错误，用时 1.0 秒");
        BuildResult en = site.engine().diagnosticLanguage(DiagnosticLanguage.EN).build().validate();
        assertThat(BuildSummary.line(en, false, 50, null)).isEqualTo(
                "Checked: 2 item(s) visible, " + en.warningCount() + " warning(s), 0 error(s), in 0.1 s");
    }

    /** A bug in a stage: the diagnostic and the summary say it; the progress says no more than for any build. */
    @Test
    void anInternalErrorIsTheDiagnosticAndTheSummaryNotAnotherLine(@TempDir Path tmp) {
        FixtureSite site = twoItems(tmp);
        Recorder progress = new Recorder();
        BuildResult result = site.engine().progress(progress).writeListener(step -> {
            throw new IllegalStateException("simulated");
        }).build().build();
        assertThat(result.written()).isFalse();
        assertThat(result.diagnostics()).anyMatch(d -> d.code() == org.gongkai.core.diagnostic.Code.INTERNAL_ERROR);
        assertThat(progress.info).hasSameSizeAs(progress.slow()).noneMatch(l -> l.contains("Not written"));
        assertThat(progress.detail).anyMatch(d -> d.startsWith("Not written: internal error"));
        assertThat(BuildSummary.line(result, true, 1500, site.output())).isEqualTo("门户没有生成（原有的保持不变），"
                + result.warningCount() + " 个警告，" + result.errorCount() + " 个错误，用时 1.5 秒");
    }
}
