package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.ReportFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An annual report opened from a disk (file://) prints as the document it is: Chrome's own PDF printer gives A4 pages
 * (595 x 842 points), a few of them, and under print media the search box, the navigation and the data links are
 * gone, table 三's header rows repeat on a new page, no row is split and no table is wider than the paper.
 */
class AnnualReportBrowserTest {
    /** A4 in inches, as Page.printToPDF takes it. */
    private static final double A4_WIDTH_IN = 8.27;
    private static final double A4_HEIGHT_IN = 11.69;
    /** The text width of A4 with the print stylesheet's 15 mm side margins: 180 mm at 96 CSS px per inch. */
    private static final int A4_TEXT_WIDTH_PX = (int) Math.floor(180 / 25.4 * 96);

    @TempDir
    static Path tmp;
    static FixtureSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() {
        site = ReportFixture.in(tmp.resolve("site"));
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        browser = Browser.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void screenAgain() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static void open() {
        browser.get(site.output().resolve(ReportFixture.FIN_2025).toUri().toString());
        assertThat(browser.getTitle()).contains("测试县财政局2025年政府信息公开工作年度报告");
    }

    @Test
    void printsOnAFewA4Pages() {
        open();
        Map<String, Object> printed = browser.executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", A4_WIDTH_IN, "paperHeight", A4_HEIGHT_IN, "preferCSSPageSize", true,
                "printBackground", false));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        String bytes = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("%PDF-");

        List<double[]> boxes = new ArrayList<>();
        Matcher m = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]").matcher(bytes);
        while (m.find()) {
            boxes.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        long pages = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(bytes).results().count();
        // Six parts, three tables and a page of prose: two to five pages, never one per table row.
        assertThat(pages).as("pages").isBetween(2L, 5L);
        assertThat(boxes).as("a MediaBox per page").hasSize((int) pages);
        assertThat(boxes).allSatisfy(b -> {
            assertThat(b[0]).as("width in points").isCloseTo(595.0, org.assertj.core.data.Offset.offset(1.0));
            assertThat(b[1]).as("height in points").isCloseTo(842.0, org.assertj.core.data.Offset.offset(1.0));
        });
    }

    @Test
    void printMediaHidesTheSearchBoxAndTheNavigation() {
        open();
        List<String> chrome = List.of(".site-search", ".site-nav", ".breadcrumbs", ".skip-link", ".report-data",
                ".footer-links");
        for (String selector : List.of(".site-search", ".site-nav", ".breadcrumbs", ".report-data")) {
            assertThat(display(selector)).as("%s on screen", selector).isNotEqualTo("none");
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String selector : chrome) {
            assertThat(display(selector)).as("%s in print", selector).isEqualTo("none");
        }
        assertThat(display("main")).isEqualTo("block");
        assertThat(display("#rpt-applications")).isEqualTo("table");
        // A table that runs onto the next page repeats its header rows there and splits no row.
        assertThat(style("#rpt-applications thead", "display")).isEqualTo("table-header-group");
        assertThat(style("#rpt-applications tbody tr", "break-inside")).isEqualTo("avoid");
        assertThat(style("#rpt-proactive", "break-inside")).isEqualTo("avoid");
        assertThat(style("#rpt-appeals", "break-inside")).isEqualTo("avoid");
        assertThat(style(".report-part h2", "break-after")).isEqualTo("avoid");
    }

    @Test
    void noTableIsWiderThanThePaper() {
        open();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", A4_TEXT_WIDTH_PX,
                "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String id : List.of("rpt-proactive", "rpt-applications", "rpt-appeals")) {
            Number width = (Number) browser.executeScript(
                    "return document.getElementById(arguments[0]).getBoundingClientRect().width", id);
            assertThat(width.doubleValue()).as("%s in %d px", id, A4_TEXT_WIDTH_PX).isLessThanOrEqualTo(A4_TEXT_WIDTH_PX);
        }
    }

    private static String display(String selector) {
        return style(selector, "display");
    }

    private static String style(String selector, String property) {
        Object v = browser.executeScript("var e = document.querySelector(arguments[0]);"
                + "return e ? getComputedStyle(e).getPropertyValue(arguments[1]) : 'missing';", selector, property);
        return String.valueOf(v);
    }
}
