package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.1 AA, as axe-core checks it (tags wcag2a, wcag2aa, wcag21a, wcag21aa), on every kind of page of a
 * fixture build, public and internal, at a desktop width (1280 px), a phone width (390 px) and the phone in
 * 关怀模式, from file:// as an offline 查阅点 opens it: no page may have a violation. A failure lists each rule with
 * the elements' selectors.
 */
class AccessibilityBrowserTest {
    /** Desktop, phone, and the phone in 关怀模式 (large type: where things overflow or overlap first). */
    static final List<Arguments> VIEWS = List.of(Arguments.of(1280, false), Arguments.of(390, false), Arguments.of(390, true));

    @TempDir
    static Path tmp;
    static EveryPageSite site;
    static ChromeDriver browser;
    static Axe axe;

    @BeforeAll
    static void buildAndOpen() {
        axe = Axe.load();
        site = EveryPageSite.build(tmp.resolve("site"));
        browser = Browser.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    static Stream<Arguments> pages() {
        List<Arguments> out = new ArrayList<>();
        for (Arguments view : VIEWS) {
            for (EveryPageSite.Kind kind : EveryPageSite.KINDS) {
                out.add(Arguments.of(kind, view.get()[0], view.get()[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} at {1} px, care mode {2}")
    @MethodSource("pages")
    void noViolations(EveryPageSite.Kind kind, int width, boolean care) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 640));
        browser.get(site.url(kind));
        // Every file:// page shares one localStorage: the switch's own key, as modes.js remembers it.
        if (!Boolean.valueOf(care).equals(browser.executeScript("return localStorage.getItem('gongkai.care') === '1'"))) {
            browser.executeScript(care ? "localStorage.setItem('gongkai.care', '1')" : "localStorage.removeItem('gongkai.care')");
            browser.navigate().refresh();
        }
        assertThat(browser.findElements(By.id("main"))).as("%s is a page of the portal", kind.path()).hasSize(1);
        // The 404 page loads no script: it is the same page in either mode.
        boolean careShown = care && !kind.path().equals("404.html");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).as("care mode")
                .matches(careShown ? ".*\\bcare\\b.*" : "^(?!.*\\bcare\\b).*$");
        if (kind.path().startsWith("search/")) {
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#search-list li")).isEmpty());
        }
        assertThat(((Number) browser.executeScript("return document.documentElement.clientWidth")).intValue())
                .as("layout width").isBetween(width - 20, width);
        List<Axe.Violation> violations = axe.run(browser);
        assertThat(violations).as("%s at %d px%s (%s):\n    %s", kind, width, careShown ? " in care mode" : "", kind.path(),
                String.join("\n    ", violations.stream().map(Axe.Violation::toString).toList())).isEmpty();
    }
}
