package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.SortedMap;

import org.gongkai.core.model.BuildMode;
import org.gongkai.core.search.SearchFilters;
import org.gongkai.core.search.SearchIndex;
import org.gongkai.core.search.SearchOutputs;
import org.gongkai.core.search.SearchSort;
import org.gongkai.core.write.WriteListener;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A build killed (SIGKILL) at any step of its commit leaves the output path resolving to one whole portal, the
 * previous or the new, with the search index of that same build; the next build succeeds and leaves nothing else.
 */
class WriteKillTest {

    @ParameterizedTest(name = "killed at {0}")
    @EnumSource(WriteListener.Step.class)
    void aKillAtAnyStepLeavesOneWholePortal(WriteListener.Step step, @TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        site.item("gov/2026/first.md", """
                title: 银杏路段维修通知
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                """, "正文。\n");
        assertThat(site.build().written()).isTrue();
        SortedMap<String, String> previous = FixtureSite.digests(site.output());

        site.item("gov/2026/second.md", """
                title: 绿萝专项通知
                organ: gov
                category: regulation
                written: 2026-03-04
                published: 2026-03-05
                """, "另一份正文。\n");
        Path reference = tmp.resolve("reference/portal");
        assertThat(site.build(BuildMode.PUBLIC, reference).written()).isTrue();
        SortedMap<String, String> next = FixtureSite.digests(reference);
        assertThat(next).isNotEqualTo(previous).containsKey("items/gov/2026/second/index.html");

        ChildBuild child = ChildBuild.start(null, site, site.output(), step.name(), tmp);
        child.awaitLine("AT " + step, Duration.ofMinutes(3));
        child.kill();

        // From SWAPPED on, the new version is the live one; before, the previous one still is.
        boolean live = step.compareTo(WriteListener.Step.SWAPPED) >= 0;
        assertThat(FixtureSite.digests(site.output())).as("the portal after a kill at " + step)
                .isEqualTo(live ? next : previous);
        try (SearchIndex index = SearchIndex.open(SearchOutputs.indexDirFor(site.output()))) {
            assertThat(hits(index, "银杏")).isEqualTo(1);
            assertThat(hits(index, "绿萝")).as("the index is of the same build as the portal").isEqualTo(live ? 1 : 0);
        }

        assertThat(site.build().written()).isTrue();
        assertThat(FixtureSite.digests(site.output())).isEqualTo(next);
        assertThat(site.besideOutput()).containsExactlyInAnyOrder("portal", "portal-search-index",
                ".portal.current", ".portal.lock", "VERSION");
    }

    private static long hits(SearchIndex index, String text) throws java.io.IOException {
        return index.search(text, SearchFilters.NONE, SearchSort.RELEVANCE, 10).total();
    }
}
