package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.FixtureSite;
import org.gongkai.core.serve.PreviewServer;
import org.gongkai.core.serve.ServeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor has an item open in the preview (gongkai:serve), edits the file on disk, and the open page reloads
 * by itself with the new text; a mistake shows its error over the last good page until it is fixed.
 */
class PreviewLiveReloadBrowserTest {
    @TempDir
    static Path tmp;
    static FixtureSite site;
    static PreviewServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void serveAndOpen() throws IOException {
        site = FixtureSite.in(tmp.resolve("site"));
        writeItem("测试县行政事业性收费管理办法", "gov");
        site.item("fin/2026/budget-draft.md", """
                title: 2027年财政预算草案（征求意见稿）
                organ: fin
                category: budget
                written: 2026-05-20
                draft: true
                """, "预算草案正文。\n");
        server = PreviewServer.start(ServeOptions.of(site.content(), FixtureSite.theme(), 0).withNow(FixtureSite.NOW));
        browser = Browser.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A plain in-place save, as most editors do it. */
    static void writeItem(String title, String organ) {
        site.item("gov/2026/fees.md", """
                title: %s
                organ: %s
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                index: %s/2026-00001
                """.formatted(title, organ, FixtureSite.GOV_CODE), "为规范收费管理，制定本办法。\n");
    }

    static WebDriverWait waitUpTo10s() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void theOpenPageReloadsByItselfWhenTheItemIsEdited() {
        writeItem("测试县行政事业性收费管理办法", "gov"); // as it was, whatever another test did
        browser.get(server.url().resolve("items/gov/2026/fees/").toString());
        waitUpTo10s().until(ExpectedConditions.textToBe(By.tagName("h1"), "测试县行政事业性收费管理办法"));
        // Gone after a reload: proves the page reloaded itself and was not just re-read by the test.
        browser.executeScript("window.gongkaiMarker = 'still the old page';");

        writeItem("测试县行政事业性收费管理办法（2026年修订）", "gov");

        waitUpTo10s().until(ExpectedConditions.textToBe(By.tagName("h1"), "测试县行政事业性收费管理办法（2026年修订）"));
        assertThat(browser.executeScript("return window.gongkaiMarker")).isNull();
    }

    @Test
    void aMistakeShowsItsErrorOverTheLastGoodPageUntilFixed() {
        writeItem("改错之前", "gov");
        browser.get(server.url().resolve("items/gov/2026/fees/").toString());
        waitUpTo10s().until(ExpectedConditions.textToBe(By.tagName("h1"), "改错之前"));

        writeItem("改错之后", "nowhere");
        waitUpTo10s().until(ExpectedConditions.textToBePresentInElementLocated(By.id("gongkai-diagnostics"), "unknown-organ"));
        assertThat(browser.findElement(By.id("gongkai-diagnostics")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("gongkai-diagnostics")).getText()).contains("content/items/gov/2026/fees.md");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("改错之前");

        writeItem("改好了", "gov");
        waitUpTo10s().until(ExpectedConditions.textToBe(By.tagName("h1"), "改好了"));
        assertThat(browser.findElements(By.id("gongkai-diagnostics"))).isEmpty();
    }

    @Test
    void manyOpenTabsAllLoadAndAllReload() {
        writeItem("多个标签页之前", "gov");
        String first = browser.getWindowHandle();
        List<String> tabs = new ArrayList<>();
        // More tabs than the six connections a browser opens to one host: with a stream per tab the last ones
        // would never load. They share one stream (a SharedWorker), so all load and all reload.
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                browser.switchTo().newWindow(WindowType.TAB);
            }
            tabs.add(browser.getWindowHandle());
            browser.get(server.url().resolve("items/gov/2026/fees/").toString());
            waitUpTo10s().until(ExpectedConditions.textToBe(By.tagName("h1"), "多个标签页之前"));
        }
        writeItem("多个标签页之后", "gov");
        for (String tab : tabs) {
            browser.switchTo().window(tab);
            waitUpTo10s().until(ExpectedConditions.textToBe(By.tagName("h1"), "多个标签页之后"));
        }
        for (String tab : tabs) {
            if (!tab.equals(first)) {
                browser.switchTo().window(tab).close();
            }
        }
        browser.switchTo().window(first);
    }

    @Test
    void aDraftIsShownWithThePreviewBanner() {
        browser.get(server.url().resolve("items/fin/2026/budget-draft/").toString());
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("2027年财政预算草案（征求意见稿）", "预览 — 未公开", "草稿");
        assertThat(browser.findElement(By.className("mode-banner")).getText()).contains("预览版");
    }
}
