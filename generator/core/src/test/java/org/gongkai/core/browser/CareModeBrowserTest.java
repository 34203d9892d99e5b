package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * 关怀模式 from a disk (file://): the header's button turns on large type (1.5 × the base size), high contrast (body
 * text at WCAG AAA, 7:1 or more), targets of 44 px or more and one column; it holds on the next page, on a reload
 * and on a new visit with a new browser, it is there before the first paint, and the button turns it off again.
 */
class CareModeBrowserTest {
    private static final double BASE_PX = 16;

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

    private static String home() {
        return site.site.output().resolve("index.html").toUri().toString();
    }

    private static double bodyFontPx() {
        return ((Number) browser.executeScript("return parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue();
    }

    private static boolean on() {
        return Boolean.TRUE.equals(browser.executeScript("return document.documentElement.classList.contains('care')"));
    }

    private static String button() {
        return browser.findElement(By.cssSelector(".care-toggle")).getText();
    }

    @Test
    void switchOnHoldsAcrossPagesReloadsAndVisitsThenSwitchOff() {
        browser.get(home());
        assertThat(on()).isFalse();
        assertThat(bodyFontPx()).isEqualTo(BASE_PX);
        assertThat(button()).isEqualTo("关怀模式");
        assertThat(browser.findElements(By.cssSelector(".care-link"))).allSatisfy(l -> assertThat(l.isDisplayed()).isFalse());

        browser.findElement(By.cssSelector(".care-toggle")).click();
        assertThat(on()).isTrue();
        assertThat(button()).isEqualTo("退出关怀模式");
        assertLargeHighContrastBigTargets();
        assertOneColumn(List.of(".home-latest", ".home-catalog", ".home-organs", ".home-archive"));

        browser.findElement(By.linkText("公开目录")).click();
        assertThat(browser.getCurrentUrl()).endsWith("catalog/index.html");
        assertThat(on()).as("on the next page").isTrue();
        assertLargeHighContrastBigTargets();
        browser.navigate().refresh();
        assertThat(on()).as("after a reload").isTrue();
        assertThat(bodyFontPx()).isGreaterThanOrEqualTo(1.5 * BASE_PX);

        browser.findElement(By.cssSelector(".care-toggle")).click();
        assertThat(on()).isFalse();
        assertThat(bodyFontPx()).isEqualTo(BASE_PX);
        browser.get(home());
        assertThat(on()).as("off on the next page").isFalse();
        assertThat(button()).isEqualTo("关怀模式");
    }

    /** A new browser on the same profile, as the next visit of the same computer: the choice is remembered. */
    @Test
    void aNewVisitRemembersTheChoice() {
        Path profile = tmp.resolve("visits");
        ChromeDriver first = Browser.start(profile);
        try {
            first.get(home());
            first.findElement(By.cssSelector(".care-toggle")).click();
        } finally {
            first.quit();
        }
        ChromeDriver next = Browser.start(profile);
        try {
            next.get(site.site.output().resolve(EveryPageSite.FULL_ITEM).toUri().toString());
            assertThat(next.executeScript("return document.documentElement.className")).asString().contains("care");
            next.findElement(By.cssSelector(".care-toggle")).click();
        } finally {
            next.quit();
        }
    }

    /**
     * The class is on {@code <html>} before {@code <body>} exists: mutations are recorded in the order they happen,
     * so the page is never painted in the other mode first.
     */
    @Test
    void theModeIsSetBeforeTheBodyIsParsed() {
        browser.get(home());
        browser.executeScript("localStorage.setItem('gongkai.care', '1')");
        Map<String, Object> added = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__order = [];
                new MutationObserver(function (records) {
                  records.forEach(function (r) {
                    if (r.type === 'attributes' && r.target === document.documentElement) {
                      window.__order.push('class:' + document.documentElement.className);
                    }
                    r.addedNodes.forEach(function (n) { if (n.nodeName === 'BODY') window.__order.push('body'); });
                  });
                }).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['class']});
                """));
        try {
            browser.get(site.site.output().resolve("guide/index.html").toUri().toString());
            @SuppressWarnings("unchecked")
            List<String> order = (List<String>) browser.executeScript("return window.__order");
            assertThat(order).contains("body");
            int body = order.indexOf("body");
            assertThat(order.subList(0, body)).as("mutations before <body>: %s", order).anyMatch(s -> s.contains("care"));
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
            browser.executeScript("localStorage.removeItem('gongkai.care')");
        }
    }

    private static void assertLargeHighContrastBigTargets() {
        assertThat(bodyFontPx()).as("body text size").isGreaterThanOrEqualTo(1.5 * BASE_PX);
        double contrast = ((Number) browser.executeScript(CONTRAST, "main p")).doubleValue();
        assertThat(contrast).as("contrast of body text").isGreaterThanOrEqualTo(7.0);
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) browser.executeScript("""
                var out = [];
                document.querySelectorAll('a[href], button, input, select').forEach(function (e) {
                  if (e.closest('p, .prose') && e.tagName === 'A') return; // a link inside a sentence (WCAG 2.5.5 exception)
                  var r = e.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0 || e.classList.contains('skip-link')) return; // not shown
                  if (r.height < 44 || r.width < 44) out.push(e.outerHTML.slice(0, 80) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
                });
                return out;""");
        assertThat(small).as("targets smaller than 44 x 44 px on %s", browser.getCurrentUrl()).isEmpty();
    }

    /** At a desktop width the home page's sections are one below the other, none beside another. */
    private static void assertOneColumn(List<String> selectors) {
        double bottom = -1;
        Double left = null;
        for (String s : selectors) {
            @SuppressWarnings("unchecked")
            Map<String, Number> r = (Map<String, Number>) browser.executeScript(
                    "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                            + "return {top: r.top, bottom: r.bottom, left: r.left};", s);
            assertThat(r.get("top").doubleValue()).as("%s starts below the one before", s).isGreaterThanOrEqualTo(bottom);
            if (left != null) {
                assertThat(r.get("left").doubleValue()).as("%s in the same column", s).isEqualTo(left);
            }
            left = r.get("left").doubleValue();
            bottom = r.get("bottom").doubleValue();
        }
    }

    /** The contrast ratio (WCAG 2) of an element's text with the first opaque background behind it. */
    static final String CONTRAST = """
            function rgb(c) { var m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; }
            function lum(c) {
              function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
              return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
            }
            var e = document.querySelector(arguments[0]);
            var fg = rgb(getComputedStyle(e).color), bg = null;
            for (var n = e; n && !bg; n = n.parentElement) {
              var b = rgb(getComputedStyle(n).backgroundColor);
              if (b.a === 1) bg = b;
            }
            bg = bg || {r: 255, g: 255, b: 255};
            var l1 = lum(fg), l2 = lum(bg);
            return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            """;
}
