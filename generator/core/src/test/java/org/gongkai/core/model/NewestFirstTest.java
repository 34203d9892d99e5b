package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gongkai.core.FixtureSite;
import org.gongkai.core.content.Content;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.history.History;
import org.gongkai.core.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listings are newest first, then by URL: the same instant written with another offset, or at the same second,
 * still has one place, on every build and in whatever order the files come.
 */
class NewestFirstTest {
    @TempDir
    Path tmp;

    @Test
    void newestFirstThenTheLaterLocalTimeThenTheUrl() {
        FixtureSite site = FixtureSite.in(tmp);
        String[][] items = {
            {"b", "2026-03-05T09:30:00+08:00"},
            {"a", "2026-03-05T09:30:00+08:00"}, // the same second as b: by URL
            {"aa", "2026-03-05T01:30:00Z"}, // the same instant as a and b, an earlier local time: after both
            {"late", "2026-03-05T09:30:00.5+08:00"}, // half a second later: first
            {"old", "2026-01-02T08:00:00+08:00"},
        };
        for (String[] i : items) {
            site.item("gov/2026/" + i[0] + ".md", "title: 通知" + i[0] + "\norgan: gov\ncategory: regulation\n"
                    + "written: 2026-01-01\npublished: " + i[1], "正文。\n");
        }
        Content content = new ContentLoader(new Diagnostics()).load(site.content()).orElseThrow();
        SiteModel model = new ModelBuilder(new Diagnostics()).build(content, History.none(), BuildMode.PUBLIC,
                FixtureSite.NOW);

        assertThat(model.listed()).extracting(e -> e.item().slug()).containsExactly("late", "a", "b", "aa", "old");
        List<Entry> shuffled = new ArrayList<>(model.listed());
        Collections.reverse(shuffled);
        ModelBuilder.sortNewestFirst(shuffled);
        assertThat(shuffled).isEqualTo(model.listed());
        List<Entry> byComparator = new ArrayList<>(model.listed());
        Collections.shuffle(byComparator, new java.util.Random(7));
        byComparator.sort(ModelBuilder.NEWEST_FIRST);
        assertThat(byComparator).isEqualTo(model.listed());
    }
}
