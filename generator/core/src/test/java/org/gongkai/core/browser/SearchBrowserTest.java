package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

/**
 * Issue 3, criterion 5: a reader searches in Simplified and in Traditional script from the header's box and the
 * search page, narrows by a filter, pages, goes back, meets the empty state; once over HTTP (a static host) and
 * once with the portal opened from the disk (file://, as at an offline 查阅点). Keyboard only: typing and Enter.
 */
class SearchBrowserTest {
    @TempDir
    static Path tmp;
    static FixtureSite site;
    static ChromeDriver browser;
    static HttpServer server;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        site = FixtureSite.in(tmp.resolve("site"));
        String[] organs = {"gov", "fin", "vil"};
        String[] categories = {"regulation", "budget", "village"};
        String[] codes = {FixtureSite.GOV_CODE, FixtureSite.FIN_CODE, FixtureSite.VIL_CODE};
        for (int i = 0; i < 24; i++) {
            int o = i % 3;
            int year = 2024 + i % 3;
            site.item(organs[o] + "/" + year + "/budget-" + i + ".md", """
                    title: 关于%d号财政预算执行情况的报告
                    organ: %s
                    category: %s
                    written: %d-03-%02d
                    published: %d-03-%02d
                    index: %s/%d-%05d
                    genre: report
                    """.formatted(i, organs[o], categories[o], year, 1 + i, year, 2 + i, codes[o], year, 100 + i),
                    "本报告说明财政预算的执行情况和下一步安排。\n");
        }
        site.item("fin/2026/public-budget.md", """
                title: 關於公開財政預算資訊的通知
                organ: fin
                category: budget
                written: 2026-04-01
                published: 2026-04-02
                index: %s/2026-00001
                doc-number: 测财〔2026〕12号
                genre: notice
                lang: zh-Hant
                """.formatted(FixtureSite.FIN_CODE), "各鄉鎮人民政府：現將財政預算公開的有關事項通知如下。\n");
        // Issue 12: a synonym (医保), a word with characters between (年报 in 年度报告), a part match.
        site.item("fin/2026/medical-insurance.md", """
                title: 关于城乡居民医疗保险缴费标准的通知
                organ: fin
                category: budget
                written: 2026-05-06
                published: 2026-05-07
                index: %s/2026-00002
                genre: notice
                """.formatted(FixtureSite.FIN_CODE), "城乡居民医疗保险的缴费标准按年度确定。\n");
        site.item("gov/2026/annual-report.md", """
                title: 政府信息公开工作年度报告
                organ: gov
                category: regulation
                written: 2026-01-20
                published: 2026-01-21
                index: %s/2026-00003
                genre: report
                """.formatted(FixtureSite.GOV_CODE), "本报告说明本年度的工作情况。\n");
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        server = serve(site.output());
        browser = Browser.start(tmp.resolve("profile"));
    }

    /** A static host on the loopback interface: files only, as any web server would serve the portal. */
    static HttpServer serve(Path dir) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", ex -> {
            Path f = dir.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
            if (Files.isDirectory(f)) {
                f = f.resolve("index.html");
            }
            if (!f.startsWith(dir) || !Files.isRegularFile(f)) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            String name = f.getFileName().toString();
            ex.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8" : name.endsWith(".css") ? "text/css" : "application/octet-stream");
            byte[] body = Files.readAllBytes(f);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        s.start();
        return s;
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    static Stream<String> portals() {
        return Stream.of("http", "file");
    }

    private static String home(String kind) {
        return kind.equals("http") ? "http://127.0.0.1:" + server.getAddress().getPort() + "/index.html"
                : site.output().resolve("index.html").toUri().toString();
    }

    /** Runs an action that loads another page, and waits until the new page is there. */
    private static void navigating(Runnable action) {
        // A mark on the page we leave; a page restored from the back-forward cache keeps its own, older mark.
        String mark = java.util.UUID.randomUUID().toString();
        browser.executeScript("window.gongkaiPageMark = arguments[0]", mark);
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> (Boolean) browser.executeScript(
                "return window.gongkaiPageMark !== arguments[0] && document.readyState === 'complete'", mark));
    }

    private static String status() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return !s.isEmpty() && !s.contains("正在搜索");
        });
        return browser.findElement(By.id("search-status")).getText();
    }

    private static List<WebElement> results() {
        return browser.findElements(By.cssSelector("#search-list > li"));
    }

    private static void search(String query) {
        WebElement q = browser.findElement(By.id("search-q"));
        q.clear();
        navigating(() -> q.sendKeys(query, Keys.ENTER));
    }

    @ParameterizedTest
    @MethodSource("portals")
    void readerSearchesFiltersPagesAndGoesBack(String kind) {
        browser.get(home(kind));
        WebElement box = browser.findElement(By.id("site-search-q"));
        navigating(() -> box.sendKeys("财政预算", Keys.ENTER));
        assertThat(browser.getCurrentUrl()).contains("search/index.html?q=");
        String simplified = status();
        assertThat(simplified).contains("找到 25 条").contains("第 1 页，共 3 页");
        assertThat(results()).hasSize(10);
        assertThat(browser.findElements(By.cssSelector("#search-list mark"))).isNotEmpty();
        assertThat(browser.findElement(By.id("search-q")).getAttribute("value")).isEqualTo("财政预算");

        // Traditional script finds the same items; the Traditional item is shown and marked in its own script.
        search("財政預算");
        assertThat(status()).contains("找到 25 条");
        search("公開 財政");
        assertThat(status()).contains("找到 1 条");
        WebElement only = results().get(0);
        assertThat(only.findElement(By.cssSelector("h3 a")).getText()).isEqualTo("關於公開財政預算資訊的通知");
        assertThat(only.findElement(By.cssSelector("h3 a")).getAttribute("lang")).isEqualTo("zh-Hant");
        assertThat(only.findElements(By.tagName("mark")).stream().map(WebElement::getText)).contains("財政");
        assertThat(only.getText()).contains("测财〔2026〕12号", "测试县财政局");

        // A 发文字号 as typed, full-width brackets and all.
        search("测财〔2026〕12号");
        assertThat(status()).contains("找到 1 条");

        // The same 发文字号 in another common spelling puts that item first.
        search("测财[2026]12号");
        status();
        assertThat(results().get(0).findElement(By.cssSelector("h3 a")).getText()).isEqualTo("關於公開財政預算資訊的通知");

        // A short form finds the full form, and the page says what else it searched for.
        search("医保");
        assertThat(status()).contains("找到 1 条");
        assertThat(browser.findElement(By.id("search-also")).getText()).contains("也搜索了：").contains("医疗保险");
        assertThat(results().get(0).findElement(By.cssSelector("h3 a")).getText()).isEqualTo("关于城乡居民医疗保险缴费标准的通知");

        // A word with other characters between its parts: 政府信息公开年报 finds the 年度报告, as a full match.
        search("政府信息公开年报");
        assertThat(status()).contains("找到 1 条");
        assertThat(results().get(0).getText()).contains("政府信息公开工作年度报告").doesNotContain("部分相符");

        // Only a part of the words match: the page says so, and marks the result.
        search("城乡居民医疗保险缴费标准调整");
        assertThat(status()).contains("没有找到与“城乡居民医疗保险缴费标准调整”完全相符的信息").contains("部分相符");
        assertThat(results()).isNotEmpty();
        assertThat(results().get(0).getAttribute("class")).contains("search-relaxed");
        assertThat(results().get(0).getText()).contains("部分相符").contains("关于城乡居民医疗保险缴费标准的通知");

        // Nothing at all: the catalog's columns of a like name are offered.
        search("村务公开栏目");
        assertThat(status()).contains("没有找到");
        WebElement column = browser.findElement(By.id("search-also")).findElement(By.linkText("村务公开"));
        assertThat(column.getAttribute("href")).contains("catalog/village/index.html");

        // Narrow by organ with the facet link: the URL carries the filter.
        search("财政预算");
        status();
        navigating(() -> browser.findElement(By.cssSelector("#search-facets")).findElement(By.partialLinkText("测试县财政局")).click());
        assertThat(browser.getCurrentUrl()).contains("organ=fin");
        assertThat(status()).contains("找到 9 条");
        assertThat(results()).allSatisfy(r -> assertThat(r.getText()).contains("测试县财政局"));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search-organ")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("fin");

        // Pages and the back button.
        navigating(() -> browser.navigate().back());
        assertThat(status()).contains("找到 25 条");
        navigating(() -> browser.findElement(By.linkText("下一页")).click());
        assertThat(browser.getCurrentUrl()).contains("page=2");
        assertThat(status()).contains("第 2 页，共 3 页");
        assertThat(browser.findElement(By.id("search-list")).getAttribute("start")).isEqualTo("11");
        navigating(() -> browser.navigate().back());
        assertThat(status()).contains("第 1 页，共 3 页");

        // Year filter and newest-first order from the form, by keyboard.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search-sort"))).selectByValue("oldest");
        navigating(() -> browser.findElement(By.id("search-from")).sendKeys("2025", Keys.ENTER));
        assertThat(browser.getCurrentUrl()).contains("from=2025").contains("sort=oldest");
        assertThat(status()).contains("找到 17 条");
        assertThat(results().get(0).findElement(By.tagName("time")).getText()).startsWith("2025-");

        // Nothing found: a helpful message.
        search("不存在的词语");
        assertThat(status()).contains("没有找到").contains("公开目录");
        assertThat(results()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("portals")
    void everyControlHasALabel(String kind) {
        browser.get(home(kind).replace("index.html", "search/index.html"));
        List<WebElement> controls = browser.findElements(By.cssSelector("input, select"));
        assertThat(controls).hasSizeGreaterThan(6);
        for (WebElement c : controls) {
            assertThat(browser.findElements(By.cssSelector("label[for='" + c.getAttribute("id") + "']")))
                    .as("label of %s", c.getAttribute("id")).hasSize(1);
        }
        assertThat(status()).isNotEmpty();
    }
}
