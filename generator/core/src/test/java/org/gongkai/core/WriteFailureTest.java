package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;

import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.model.BuildMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write says which file and the system's reason, hints at disk space only when space ran out. */
class WriteFailureTest {

    @Test
    void aFileSizeLimitIsReportedWithTheFileAndTheReason(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        site.item("gov/2026/first.md", """
                title: 第一份通知
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                """, "正文。\n");
        assertThat(site.build().written()).isTrue();
        SortedMap<String, String> previous = FixtureSite.digests(site.output());
        List<String> beside = site.besideOutput();

        // An item page of several hundred KB, past a 64-block file-size limit (the JVM ignores SIGXFSZ, so the
        // write fails with EFBIG, "File too large", instead of killing it).
        site.item("gov/2026/long.md", """
                title: 很长的通知
                organ: gov
                category: regulation
                written: 2026-03-04
                published: 2026-03-05
                """, "这是一段很长的正文，用来写出一个很大的页面。\n\n".repeat(6000));
        ChildBuild child = ChildBuild.start("ulimit -f 64", site, site.output(), "-", tmp);
        int exit = child.exitCode(Duration.ofMinutes(3));
        String output = child.output();

        assertThat(exit).as(output).isNotZero();
        String line = output.lines().filter(l -> l.contains("[write-failed]")).findFirst().orElseThrow(
                () -> new AssertionError("no write-failed diagnostic: " + output));
        assertThat(line).contains("File too large", "无法写出", site.output().getParent().toString(),
                "items/gov/2026/long/index.html").doesNotContain("disk space", "磁盘空间");
        assertThat(output).doesNotContainPattern("(?m)^\\s+at [\\w$.]+\\(").doesNotContain("Exception in thread");
        assertThat(FixtureSite.digests(site.output())).isEqualTo(previous);
        assertThat(site.besideOutput()).isEqualTo(beside);
    }

    @Test
    void aFileInTheOutputPathIsReportedAsNotADirectory(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        site.item("gov/2026/first.md", """
                title: 第一份通知
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                """, "正文。\n");
        Path file = Files.writeString(tmp.resolve("out.txt"), "a file where the output's folder should be");

        BuildResult result = site.build(BuildMode.PUBLIC, file.resolve("portal"));

        assertThat(result.written()).isFalse();
        Diagnostic d = result.diagnostics().stream().filter(x -> x.code().id().equals("write-failed")).findFirst().orElseThrow();
        assertThat(d.message()).contains("无法写出", file.toString(), "Not a directory");
        assertThat(d.hint()).doesNotContain("disk space", "磁盘空间");
        assertThat(file).hasContent("a file where the output's folder should be");
    }
}
