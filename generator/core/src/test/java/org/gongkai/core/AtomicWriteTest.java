package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On error nothing is written: the previous portal stays as it was, and no staging folder is left behind. */
class AtomicWriteTest {

    @Test
    void failedBuildLeavesThePreviousPortalUntouched(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("gov/2026/first.md", """
                title: 第一份通知
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                """, "正文。\n");
        assertThat(site.build().written()).isTrue();
        List<Path> before = FixtureSite.files(site.output());
        String home = site.read("index.html");

        site.item("gov/2026/second.md", """
                title: 第二份通知
                organ: nobody
                category: regulation
                written: 2026-03-04
                """, "正文。\n");
        BuildResult failed = site.build();

        assertThat(failed.written()).isFalse();
        assertThat(failed.errorCount()).isEqualTo(1);
        assertThat(FixtureSite.files(site.output())).isEqualTo(before);
        assertThat(site.read("index.html")).isEqualTo(home);
        // Beside the portal: the links to the live version and to its search index, the version folder and the lock
        // file; nothing of the failed build.
        assertThat(site.besideOutput()).containsExactlyInAnyOrder("portal", "portal-search-index", ".portal.current",
                ".portal.lock", "VERSION");
    }

    @Test
    void successfulRebuildReplacesTheWholePortal(@TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("gov/2026/first.md", """
                title: 第一份通知
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                """, "正文。\n");
        site.build();
        Files.writeString(site.output().resolve("stale.html"), "left over");
        Files.delete(site.content().resolve("items/gov/2026/first.md"));
        site.item("gov/2026/renamed.md", """
                title: 第一份通知
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                """, "正文。\n");
        assertThat(site.build().written()).isTrue();
        assertThat(site.output().resolve("stale.html")).doesNotExist();
        assertThat(site.output().resolve("items/gov/2026/first")).doesNotExist();
        assertThat(site.output().resolve("items/gov/2026/renamed/index.html")).exists();
        // The previous version folder is gone: one version beside the output, the live one.
        assertThat(site.besideOutput()).containsExactlyInAnyOrder("portal", "portal-search-index", ".portal.current",
                ".portal.lock", "VERSION");
    }
}
