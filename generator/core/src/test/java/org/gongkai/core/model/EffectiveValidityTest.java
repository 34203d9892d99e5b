package org.gongkai.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Validity;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.history.History;
import org.gongkai.core.load.ContentLoader;
import org.gongkai.core.search.SearchDocument;
import org.gongkai.core.search.SearchDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document written {@code validity: valid} with a {@code valid-until} that has passed is 已失效 on the build's
 * day, without an edit: on its page (metadata table and notice), in lists, in the search facet and in open data.
 * {@code valid-until} is the last day in force.
 */
class EffectiveValidityTest {
    @TempDir
    Path tmp;

    private FixtureSite site() {
        return FixtureSite.in(tmp).item("gov/2026/interim.md", """
                title: 测试县临时救助暂行办法
                organ: gov
                category: regulation
                written: 2026-01-05
                published: 2026-01-06
                doc-number: 测政发〔2026〕1号
                genre: regulation
                valid-until: 2026-03-31
                """, "本办法有效期至2026年3月31日。\n");
    }

    @Test
    void aPassedValidUntilShowsAsExpiredEverywhere() {
        FixtureSite site = site();
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();

        String page = site.read("items/gov/2026/interim/index.html");
        assertThat(metaRow(page, "有效性")).contains("已失效").contains("有效期至 2026-03-31").doesNotContain(">有效<");
        assertThat(page).contains("本文件已于 2026-04-01 失效。");
        assertThat(site.read("catalog/regulation/index.html")).contains("badge-expired");
        assertThat(site.read("data/items.json")).contains("\"validity\": \"expired\"");
        assertThat(site.read("data/items.csv")).contains(",expired,");
        assertThat(searchDocument(site, FixtureSite.NOW).validity()).isEqualTo("expired");
    }

    @Test
    void onItsLastDayItIsStillValid() {
        FixtureSite site = site();
        OffsetDateTime lastDay = OffsetDateTime.parse("2026-03-31T23:00:00+08:00");
        BuildResult result = site.engine().now(lastDay).build().build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();

        String page = site.read("items/gov/2026/interim/index.html");
        assertThat(metaRow(page, "有效性")).contains("有效").doesNotContain("已失效");
        assertThat(page).doesNotContain("notice-validity");
        assertThat(site.read("data/items.json")).contains("\"validity\": \"valid\"");
        assertThat(searchDocument(site, lastDay).validity()).isEqualTo("valid");
    }

    @Test
    void theModelDerivesItFromWhatIsWrittenAndTheDay() {
        Content content = new ContentLoader(new Diagnostics()).load(site().content()).orElseThrow();
        var item = content.items().get(0);
        assertThat(item.validityOn(java.time.LocalDate.parse("2026-03-31"))).isEqualTo(Validity.VALID);
        assertThat(item.validityOn(java.time.LocalDate.parse("2026-04-01"))).isEqualTo(Validity.EXPIRED);
        assertThat(item.expiredSince(java.time.LocalDate.parse("2026-04-01"))).contains(java.time.LocalDate.parse("2026-04-01"));
        assertThat(item.expiredSince(java.time.LocalDate.parse("2026-03-31"))).isEmpty();
        SiteModel model = new ModelBuilder(new Diagnostics()).build(content, History.none(), BuildMode.PUBLIC, FixtureSite.NOW);
        assertThat(model.listed().get(0).validity()).isEqualTo(Validity.EXPIRED);
        assertThat(model.listed().get(0).item().validity()).as("as written").isEqualTo(Validity.VALID);
    }

    @Test
    void theComplianceReportListsARegulationStillWrittenValid() throws Exception {
        FixtureSite site = site();
        Path internal = tmp.resolve("out/internal");
        BuildResult result = site.build(BuildMode.INTERNAL, internal);
        assertThat(result.diagnostics()).anyMatch(d -> d.code() == org.gongkai.core.diagnostic.Code.EXPIRED_BUT_VALID
                && d.file().equals("items/gov/2026/interim.md") && d.line() == 9);
        String compliance = java.nio.file.Files.readString(internal.resolve("compliance/index.html"));
        assertThat(compliance).contains("有效期已过、仍写为有效的规范性文件", "items/gov/2026/interim.md:9",
                "href=\"../items/gov/2026/interim/index.html\"");
    }

    /** The cell of the metadata table's row labelled {@code label}. */
    private static String metaRow(String html, String label) {
        int th = html.indexOf("<th scope=\"row\">" + label + "</th>");
        assertThat(th).as("a row %s", label).isPositive();
        return html.substring(th, html.indexOf("</tr>", th));
    }

    private static SearchDocument searchDocument(FixtureSite site, OffsetDateTime now) {
        Content content = new ContentLoader(new Diagnostics()).load(site.content()).orElseThrow();
        SiteModel model = new ModelBuilder(new Diagnostics()).build(content, History.none(), BuildMode.PUBLIC, now);
        return SearchDocuments.of(model).get(0);
    }
}
