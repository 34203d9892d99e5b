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

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * On paper: no search box, navigation, breadcrumbs, footer links or 关怀模式 switch on any page; and the 公开栏版 of
 * a 公示, reached from its item page, prints by its own CSS page size on one A4 portrait sheet (595 x 842 points)
 * in large type, with only the poster on it.
 */
class PrintBrowserTest {
    @TempDir
    static Path tmp;
    static EveryPageSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void build() {
        site = EveryPageSite.build(tmp.resolve("site"));
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
    }

    private static void open(String path) {
        browser.get(site.site.output().resolve(path).toUri().toString());
    }

    private static String style(String selector, String property) {
        return String.valueOf(browser.executeScript("var e = document.querySelector(arguments[0]);"
                + "return e ? getComputedStyle(e).getPropertyValue(arguments[1]) : 'missing';", selector, property));
    }

    @Test
    void printedPagesLeaveTheChromeOut() {
        List<String> chrome = List.of(".site-search", ".site-nav", ".breadcrumbs", ".care-switch", ".footer-links",
                ".site-marks", ".skip-link");
        for (String page : List.of(EveryPageSite.FULL_ITEM, "catalog/regulation/index.html", "archive/2026/volume/index.html")) {
            open(page);
            for (String s : List.of(".site-search", ".site-nav", ".breadcrumbs", ".care-switch", ".footer-links", ".site-marks")) {
                assertThat(style(s, "display")).as("%s on screen on %s", s, page).isNotIn("none", "missing");
            }
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            for (String s : chrome) {
                assertThat(style(s, "display")).as("%s in print on %s", s, page).isEqualTo("none");
            }
            assertThat(style("main", "display")).isEqualTo("block");
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void thePosterOfAPublicityPrintsOnOneA4PortraitPage() {
        open(EveryPageSite.PUBLICITY);
        browser.findElement(By.linkText("列印公開欄版")).click();
        assertThat(browser.getCurrentUrl()).endsWith(EveryPageSite.POSTER);
        String poster = browser.findElement(By.cssSelector("article.poster")).getText();
        assertThat(poster).contains("河东村村民委员会", "河東村土地流轉方案公示", "公示期內如有異議",
                "公示期：2026年5月21日至2026年6月4日", "監督電話：0870-0000002", "2026年5月21日");

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        for (String s : List.of(".site-header", ".site-footer", ".breadcrumbs", ".poster-hint")) {
            assertThat(style(s, "display")).as("%s on the printed poster", s).isEqualTo("none");
        }
        // Large type: 26 pt title, 15 pt body (CSS px at 96 per inch).
        assertThat(Double.parseDouble(style(".poster-title", "font-size").replace("px", ""))).isGreaterThanOrEqualTo(26 * 96 / 72.0 - 0.5);
        assertThat(Double.parseDouble(style(".poster-body p", "font-size").replace("px", ""))).isGreaterThanOrEqualTo(15 * 96 / 72.0 - 0.5);

        // No paper size given: the page's own @page decides (Chrome's default would be US Letter, 612 x 792).
        Map<String, Object> printed = browser.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true,
                "printBackground", false));
        String pdf = new String(Base64.getDecoder().decode((String) printed.get("data")), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-");
        List<double[]> boxes = new ArrayList<>();
        Matcher m = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]").matcher(pdf);
        while (m.find()) {
            boxes.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        long pages = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(pdf).results().count();
        assertThat(pages).as("one sheet for the noticeboard").isEqualTo(1);
        assertThat(boxes).hasSize(1);
        assertThat(boxes.get(0)[0]).as("width in points").isCloseTo(595.0, Offset.offset(1.0));
        assertThat(boxes.get(0)[1]).as("height in points").isCloseTo(842.0, Offset.offset(1.0));
    }
}
