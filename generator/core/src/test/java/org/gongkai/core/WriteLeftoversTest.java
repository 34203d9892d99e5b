package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.nio.file.Path;

import org.gongkai.core.search.SearchFilters;
import org.gongkai.core.search.SearchIndex;
import org.gongkai.core.search.SearchOutputs;
import org.gongkai.core.search.SearchSort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What killed builds leave beside the output (of this version of the tool or of earlier ones) is removed by the next
 * build, by exact name, without following a link out; everything else there stays.
 */
class WriteLeftoversTest {

    @Test
    void theNextBuildRemovesTheLeftoversOfKilledBuildsAndNothingElse(@TempDir Path tmp) throws Exception {
        FixtureSite site = withOneItem(tmp);
        assertThat(site.build().written()).isTrue();
        Path beside = site.output().getParent();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "not the tool's");

        // A version folder of a killed build, with a link in it to a folder outside: removing it must not follow it.
        Files.createDirectories(beside.resolve(".portal.v-dead1/site"));
        Files.writeString(beside.resolve(".portal.v-dead1/site/index.html"), "half a portal");
        Files.createSymbolicLink(beside.resolve(".portal.v-dead1/site/escape"), outside);
        // A temporary link of a killed commit, pointing outside: the link goes, not what it points to.
        Files.createSymbolicLink(beside.resolve(".portal.link-dead2"), outside);
        // The layout of earlier versions of this tool: staging and old folders, the search index's staging folder.
        Files.createDirectories(beside.resolve(".portal.staging-x/items"));
        Files.writeString(beside.resolve(".portal.staging-x/items/a.html"), "staged");
        Files.createDirectories(beside.resolve(".portal.old-123456"));
        Files.writeString(beside.resolve(".portal.old-123456/index.html"), "old");
        Files.createDirectories(beside.resolve(".portal-search-index.staging"));
        Files.writeString(beside.resolve(".portal-search-index.staging/segments_1"), "staged index");
        // Not the tool's: they stay.
        Files.createDirectories(beside.resolve(".portal-notes"));
        Files.writeString(beside.resolve(".portal-notes/todo.md"), "notes");
        Files.writeString(beside.resolve("portal.txt"), "a file of the office's");

        assertThat(site.build().written()).isTrue();

        assertThat(site.besideOutput()).containsExactlyInAnyOrder("portal", "portal-search-index", ".portal.current",
                ".portal.lock", "VERSION", ".portal-notes", "portal.txt");
        assertThat(outside.resolve("keep.txt")).hasContent("not the tool's");
        assertThat(beside.resolve(".portal-notes/todo.md")).hasContent("notes");
        assertThat(beside.resolve("portal.txt")).hasContent("a file of the office's");
    }

    @Test
    void aPortalFolderOfAnEarlierVersionBecomesTheLink(@TempDir Path tmp) throws Exception {
        FixtureSite site = withOneItem(tmp);
        Path beside = site.output().getParent();
        // What earlier versions of this tool left: real folders at the output and index paths.
        Files.createDirectories(site.output().resolve("items"));
        Files.writeString(site.output().resolve("index.html"), "the old portal");
        Files.writeString(site.output().resolve("items/stale.html"), "stale");
        Files.createDirectories(SearchOutputs.indexDirFor(site.output()));
        Files.writeString(SearchOutputs.indexDirFor(site.output()).resolve("segments_1"), "old index");

        assertThat(site.build().written()).isTrue();

        assertThat(site.output()).isSymbolicLink();
        assertThat(SearchOutputs.indexDirFor(site.output())).isSymbolicLink();
        assertThat(site.read("index.html")).contains("测试县");
        assertThat(site.output().resolve("items/stale.html")).doesNotExist();
        try (SearchIndex index = SearchIndex.open(SearchOutputs.indexDirFor(site.output()))) {
            assertThat(index.search("银杏", SearchFilters.NONE, SearchSort.RELEVANCE, 10).total()).isEqualTo(1);
        }
        assertThat(site.besideOutput()).containsExactlyInAnyOrder("portal", "portal-search-index", ".portal.current",
                ".portal.lock", "VERSION");
        assertThat(beside.resolve("portal").toRealPath().getParent().getFileName().toString()).startsWith(".portal.v-");
    }

    @Test
    void nothingIsRemovedWhileAnotherBuildOfTheOutputRuns(@TempDir Path tmp) throws Exception {
        FixtureSite site = withOneItem(tmp);
        assertThat(site.build().written()).isTrue();
        Path beside = site.output().getParent();
        Path leftover = Files.createDirectories(beside.resolve(".portal.v-dead1"));
        ChildBuild child;
        // The lock another build holds while it writes: a second build waits for it before touching anything.
        try (FileChannel other = FileChannel.open(beside.resolve(".portal.lock"), StandardOpenOption.WRITE);
             FileLock lock = other.lock()) {
            child = ChildBuild.start(null, site, site.output(), "-", tmp);
            child.awaitLine("progress: model: ", Duration.ofMinutes(3)); // the last line before the write stage
            Thread.sleep(3000);
            assertThat(child.running()).as("the second build waits for the lock").isTrue();
            assertThat(leftover).isDirectory();
        }
        assertThat(child.exitCode(Duration.ofMinutes(3))).as(child.output()).isZero();
        assertThat(leftover).doesNotExist();
    }

    private static FixtureSite withOneItem(Path tmp) {
        return FixtureSite.in(tmp.resolve("site")).item("gov/2026/first.md", """
                title: 银杏路段维修通知
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                """, "正文。\n");
    }
}
