package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal with a keyboard only, no mouse and no clicks: from the home page, Tab to the search box, type,
 * Enter, Tab to the first result, Enter opens the item; and on every stop of the Tab order the focus is visible,
 * the scroll regions of tables included.
 */
class KeyboardBrowserTest {
    private static final int MAX_STOPS = 300;

    @TempDir
    static Path tmp;
    static EveryPageSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() {
        site = EveryPageSite.build(tmp.resolve("site"));
        browser = Browser.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static WebElement active() {
        return browser.switchTo().activeElement();
    }

    /** Tabs forward until {@code selector} has the focus; fails after MAX_STOPS stops. */
    private static WebElement tabTo(String selector) {
        for (int i = 0; i < MAX_STOPS; i++) {
            press(Keys.TAB);
            if (Boolean.TRUE.equals(browser.executeScript(
                    "return document.activeElement.matches(arguments[0])", selector))) {
                return active();
            }
        }
        throw new AssertionError("no Tab stop matches " + selector + " on " + browser.getCurrentUrl());
    }

    @Test
    void searchFromTheHomePageAndOpenTheFirstResult() {
        browser.get(site.site.output().resolve("index.html").toUri().toString());
        tabTo("#site-search-q");
        press("收费");
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#search-list li a")).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("search/index.html?q=");
        String first = browser.findElement(By.cssSelector("#search-list li a")).getAttribute("href");

        WebElement link = tabTo("#search-list li a");
        assertThat(link.getAttribute("href")).isEqualTo(first);
        press(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(first));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("收费管理规范性文件");
    }

    /** On every page kind with something to focus, every Tab stop shows where the focus is. */
    @Test
    void focusIsVisibleOnEveryStop() {
        List<String> problems = new ArrayList<>();
        boolean regionReached = false;
        for (String page : List.of("index.html", EveryPageSite.FULL_ITEM, "search/index.html", "catalog/regulation/index.html")) {
            browser.get(site.site.output().resolve(page).toUri().toString());
            Object first = null;
            for (int i = 0; i < MAX_STOPS; i++) {
                press(Keys.TAB);
                Object el = browser.executeScript("return document.activeElement");
                if (i > 0 && el.equals(first) || Boolean.TRUE.equals(browser.executeScript(
                        "return document.activeElement === document.body"))) {
                    break; // round the page once
                }
                if (first == null) {
                    first = el;
                }
                regionReached |= Boolean.TRUE.equals(browser.executeScript(
                        "return document.activeElement.classList.contains('table-wrap')"));
                String why = (String) browser.executeScript(FOCUS_SHOWN);
                if (!why.isEmpty()) {
                    problems.add(page + ": " + why);
                }
            }
        }
        assertThat(problems).as("Tab stops without a visible focus").isEmpty();
        assertThat(regionReached).as("a table's scroll region is a Tab stop").isTrue();
    }

    /** Empty when the focused element has a visible outline or the focus colours; else what it is. */
    private static final String FOCUS_SHOWN = """
            var e = document.activeElement, s = getComputedStyle(e);
            var opaque = function (c) { return c && c !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(c); };
            var outline = s.outlineStyle !== 'none' && s.outlineStyle !== 'auto' && parseFloat(s.outlineWidth) >= 2
                && opaque(s.outlineColor);
            var marked = s.backgroundColor === 'rgb(255, 210, 31)';
            if (outline || marked) return '';
            return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                + ' outline ' + s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ', background ' + s.backgroundColor;
            """;
}
