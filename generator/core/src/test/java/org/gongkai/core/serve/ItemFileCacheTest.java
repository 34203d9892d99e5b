package org.gongkai.core.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.FixtureSite;
import org.gongkai.core.content.Content;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load through the serve cache reports exactly what a fresh load does, and re-parses only what changed. */
class ItemFileCacheTest {
    @TempDir
    Path tmp;

    record Loaded(Content content, List<Diagnostic> diagnostics) {
    }

    static Loaded load(Path content, ItemFileCache cache) {
        Diagnostics d = new Diagnostics();
        ContentLoader loader = new ContentLoader(d);
        if (cache != null) {
            cache.begin();
            loader.withItemCache(cache);
        }
        Optional<Content> c = loader.load(content);
        if (cache != null) {
            cache.end();
        }
        return new Loaded(c.orElseThrow(), d.sorted());
    }

    @Test
    void sameItemsAndDiagnosticsAsAFreshLoadAndOnlyChangedFilesParsedAgain() throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("gov/2026/a.md", "title: 甲\norgan: gov\ncategory: regulation\nwritten: 2026-03-02", "正文。\n");
        site.item("gov/2026/b.md", "title: 乙\norgan: gov\ncategory: regulation\nwritten: 2026-13-02\nfoo: [", "正文。\n");
        site.item("gov/2026/c.md", "title: 丙\norgan: gov\ncategory: regulation\nwritten: 2026-02-30", "正文。\n");
        ItemFileCache cache = new ItemFileCache();

        Loaded fresh = load(site.content(), null);
        Loaded first = load(site.content(), cache);
        Loaded again = load(site.content(), cache);
        assertThat(fresh.diagnostics()).isNotEmpty();
        assertThat(first.diagnostics()).isEqualTo(fresh.diagnostics());
        assertThat(again.diagnostics()).isEqualTo(fresh.diagnostics());
        assertThat(again.content().items()).isEqualTo(fresh.content().items());
        assertThat(cache.hits()).isEqualTo(3);
        assertThat(cache.misses()).isZero();

        site.item("gov/2026/a.md", "title: 甲（改）\norgan: gov\ncategory: regulation\nwritten: 2026-03-02", "新正文。\n");
        cache.evict(List.of(site.content().resolve("items/gov/2026/a.md")));
        Files.delete(site.content().resolve("items/gov/2026/c.md"));
        Loaded edited = load(site.content(), cache);
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(edited.content().items()).extracting(i -> i.title()).contains("甲（改）").doesNotContain("丙");
        assertThat(edited.diagnostics()).isEqualTo(load(site.content(), null).diagnostics());
    }

    @Test
    void aChangeOfSizeOrTimeIsSeenEvenWithoutTheWatcher() throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("gov/2026/a.md", "title: 甲\norgan: gov\ncategory: regulation\nwritten: 2026-03-02", "正文。\n");
        ItemFileCache cache = new ItemFileCache();
        load(site.content(), cache);
        site.item("gov/2026/a.md", "title: 甲乙丙\norgan: gov\ncategory: regulation\nwritten: 2026-03-02", "正文。\n");
        assertThat(load(site.content(), cache).content().items()).extracting(i -> i.title()).containsExactly("甲乙丙");
        assertThat(cache.misses()).isEqualTo(1);
    }

    /** The load reads through the cache on several threads: the items keep the files' order, nothing is lost. */
    @Test
    void manyFilesLoadedAtOnceKeepTheirOrderAndDiagnostics() throws Exception {
        FixtureSite site = FixtureSite.in(tmp);
        for (int i = 0; i < 400; i++) {
            String written = i % 7 == 0 ? "2026-02-30" : "2026-03-02"; // every seventh file is broken
            site.item(String.format("gov/2026/n%03d.md", i),
                    "title: 通知" + i + "\norgan: gov\ncategory: regulation\nwritten: " + written, "正文" + i + "。\n");
        }
        ItemFileCache cache = new ItemFileCache();
        Loaded fresh = load(site.content(), null);
        Loaded first = load(site.content(), cache);
        site.item("gov/2026/n200.md", "title: 通知二百（改）\norgan: gov\ncategory: regulation\nwritten: 2026-03-02", "正文。\n");
        cache.evict(List.of(site.content().resolve("items/gov/2026/n200.md")));
        Loaded again = load(site.content(), cache);

        assertThat(fresh.content().items()).hasSize(400 - 58);
        assertThat(first.content().items()).isEqualTo(fresh.content().items());
        assertThat(first.diagnostics()).isEqualTo(fresh.diagnostics()).hasSizeGreaterThanOrEqualTo(58);
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(399);
        assertThat(again.content().items()).extracting(i -> i.title())
                .isEqualTo(load(site.content(), null).content().items().stream().map(i -> i.title()).toList())
                .contains("通知二百（改）").doesNotContain("通知200");
    }
}
