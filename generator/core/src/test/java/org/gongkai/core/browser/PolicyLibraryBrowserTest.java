package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader opens the 政策文件库 from a disk (file://), finds a document by typing its 文号 as people type it (square
 * brackets, round brackets, a space), and browses by 发文机关 and year to a repealed document and its successor.
 * The page's key of a typed 文号 is the build's for every shared test vector.
 */
class PolicyLibraryBrowserTest {
    @TempDir
    static Path tmp;
    static FixtureSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() {
        site = FixtureSite.in(tmp.resolve("site"));
        site.item("fin/2026/fees.md", """
                title: 测试县财政局行政事业性收费管理办法
                organ: fin
                category: budget
                written: 2026-02-02
                published: 2026-02-03
                doc-number: 测财〔2026〕12号
                genre: regulation
                """, "正文。\n");
        site.item("fin/2026/deposits.md", """
                title: 测试县财政局保证金管理办法
                organ: fin
                category: budget
                written: 2026-02-10
                published: 2026-02-11
                doc-number: 测财〔2026〕120号
                genre: regulation
                """, "正文。\n");
        site.item("fin/2025/fees-old.md", """
                title: 测试县财政局行政事业性收费管理暂行办法
                organ: fin
                category: budget
                written: 2025-03-02
                published: 2025-03-03
                doc-number: 测财〔2025〕3号
                genre: regulation
                validity: repealed
                repealed-by: items/fin/2026/fees.md
                """, "正文。\n");
        site.item("gov/2026/relief.md", """
                title: 测试县临时救助实施细则
                organ: gov
                category: regulation
                written: 2026-01-05
                published: 2026-01-06
                doc-number: 测政发〔2026〕1号
                genre: regulation
                """, "正文。\n");
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

    private static void openLibrary() {
        browser.get(site.output().resolve("policies/index.html").toUri().toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("政策文件库");
    }

    private static void lookUp(String typed) {
        WebElement box = browser.findElement(By.id("policy-lookup-number"));
        assertThat(box.isDisplayed()).as("the lookup form is shown once its script runs").isTrue();
        box.clear();
        box.sendKeys(typed);
        browser.findElement(By.cssSelector("#policy-lookup button[type=submit]")).click();
    }

    private static String h1AfterLoad(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), expected));
        return browser.findElement(By.tagName("h1")).getText();
    }

    @Test
    void aReaderFindsADocumentByItsNumberTypedInAnotherForm() {
        for (String typed : List.of("测财[2026]12号", "测财(2026)12号", "测财（2026）12号", "测财2026 12号", "测财〔2026〕012")) {
            openLibrary();
            lookUp(typed);
            assertThat(h1AfterLoad("测试县财政局行政事业性收费管理办法")).as("typed %s", typed)
                    .isEqualTo("测试县财政局行政事业性收费管理办法");
            assertThat(browser.getCurrentUrl()).endsWith("items/fin/2026/fees/index.html");
        }
    }

    @Test
    void aNumberThatIsNotThereIsSaidSoAsText() {
        openLibrary();
        lookUp("测财[2026]13号<b>");
        WebElement status = browser.findElement(By.id("policy-lookup-status"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !status.getText().isEmpty());
        assertThat(status.getText()).contains("没有找到发文字号为“测财[2026]13号<b>”的规范性文件");
        assertThat(browser.findElements(By.cssSelector("#policy-lookup-status b"))).isEmpty();
        assertThat(browser.getCurrentUrl()).endsWith("policies/index.html");
    }

    @Test
    void aReaderBrowsesByOrganAndYearToARepealedDocumentAndItsSuccessor() {
        openLibrary();
        browser.findElement(By.cssSelector("nav.policy-nav")).findElement(By.linkText("测试县财政局")).click();
        assertThat(h1AfterLoad("测试县财政局规范性文件")).isEqualTo("测试县财政局规范性文件");
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("测财〔2026〕12号", "测财〔2026〕120号", "测财〔2025〕3号").doesNotContain("测政发〔2026〕1号");
        assertThat(main.indexOf("测财〔2026〕12号")).as("12 before 120").isLessThan(main.indexOf("测财〔2026〕120号"));

        browser.findElements(By.cssSelector("nav.policy-nav")).get(1).findElement(By.linkText("2025年")).click();
        assertThat(h1AfterLoad("2025年规范性文件")).isEqualTo("2025年规范性文件");
        WebElement repealed = browser.findElement(By.cssSelector("#not-in-force-heading + .table-wrap tbody tr"));
        assertThat(repealed.getText()).contains("测试县财政局行政事业性收费管理暂行办法", "已废止");
        repealed.findElement(By.cssSelector("td.col-successor a")).click();
        assertThat(h1AfterLoad("测试县财政局行政事业性收费管理办法")).isEqualTo("测试县财政局行政事业性收费管理办法");
    }

    @Test
    void thePageMakesTheBuildsKeyOfEveryVector() throws Exception {
        openLibrary();
        Path vectors = Path.of(PolicyLibraryBrowserTest.class.getResource("/policies/doc-number-vectors.txt").toURI());
        int n = 0;
        for (String line : Files.readAllLines(vectors, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] v = line.split("\t", -1);
            Object key = browser.executeScript("return window.gongkai.docNumberKey(arguments[0])", v[0]);
            assertThat(key).as("key of '%s' in the browser", v[0]).isEqualTo(v[1]);
            n++;
        }
        assertThat(n).isGreaterThan(10);
    }
}
