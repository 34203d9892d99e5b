package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 查阅点模式 from a disk (file://), as a reading point's computer runs the portal: opened once with ?kiosk=1 (and a
 * short idle time for the test), it holds on the next pages; links to other hosts, mail and telephone cannot be
 * followed; search still works; after the idle time without input the home page comes back; ?kiosk=0 ends it.
 */
class KioskBrowserTest {
    private static final int IDLE_SECONDS = 2;

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

    private static boolean kiosk() {
        return Boolean.TRUE.equals(browser.executeScript("return document.documentElement.classList.contains('kiosk')"));
    }

    @Test
    void outboundLinksAreNotFollowableAndIdleReturnsHome() throws InterruptedException {
        browser.get(home());
        assertThat(kiosk()).isFalse();
        // On a normal visit the footer has links out: 我为政府网站找错 and the telephone numbers.
        assertThat(outbound()).isNotEmpty();

        browser.get(home() + "?kiosk=1&idle=" + IDLE_SECONDS);
        assertThat(kiosk()).isTrue();
        browser.findElement(By.linkText("公开目录")).click();
        assertThat(browser.getCurrentUrl()).endsWith("catalog/index.html");
        assertThat(kiosk()).as("remembered on the next page").isTrue();

        assertThat(outbound()).as("links that leave the portal").isEmpty();
        List<?> disabled = (List<?>) browser.executeScript("return [...document.querySelectorAll('a.outbound')].map(a => a.textContent)");
        assertThat(disabled).as("their text stays").anySatisfy(t -> assertThat(String.valueOf(t)).contains("我为政府网站找错"));
        String before = browser.getCurrentUrl();
        browser.executeScript("document.querySelector('a.outbound').click()");
        assertThat(browser.getCurrentUrl()).as("a click on one goes nowhere").isEqualTo(before);
        // Touch targets of a reading point: 48 px.
        Number navHeight = (Number) browser.executeScript(
                "return document.querySelector('.site-nav a').getBoundingClientRect().height");
        assertThat(navHeight.doubleValue()).isGreaterThanOrEqualTo(48);
        assertThat(browser.findElement(By.id("site-search-q")).isDisplayed()).as("search stays").isTrue();

        // Someone reads an item, then walks away.
        browser.get(site.site.output().resolve(EveryPageSite.FULL_ITEM).toUri().toString());
        Thread.sleep(IDLE_SECONDS * 1000 / 2);
        assertThat(browser.getCurrentUrl()).as("not before the idle time").endsWith(EveryPageSite.FULL_ITEM);
        new WebDriverWait(browser, Duration.ofSeconds(IDLE_SECONDS + 5)).until(d -> d.getCurrentUrl().equals(home()));
        assertThat(kiosk()).isTrue();

        browser.get(home() + "?kiosk=0");
        assertThat(kiosk()).isFalse();
        browser.get(site.site.output().resolve("catalog/index.html").toUri().toString());
        assertThat(kiosk()).as("ended on the next page too").isFalse();
        assertThat(outbound()).isNotEmpty();
    }

    /** The hrefs of links on the page that lead out of the portal. */
    private static List<?> outbound() {
        return (List<?>) browser.executeScript("return [...document.querySelectorAll('a[href]')]"
                + ".filter(a => a.protocol !== 'file:').map(a => a.href)");
    }
}
