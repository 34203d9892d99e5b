package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

/**
 * A reader opens the built portal from a disk (file://, as at an offline 查阅点) and navigates
 * home → catalog → category → item → archive, clicking links as a person would.
 */
class PortalNavigationBrowserTest {
    @TempDir
    static Path tmp;
    static FixtureSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() {
        site = FixtureSite.in(tmp.resolve("site"));
        site.item("gov/2026/fees.md", """
                title: 测试县行政事业性收费管理办法
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                index: %s/2026-00001
                doc-number: 测政发〔2026〕3号
                genre: regulation
                """.formatted(FixtureSite.GOV_CODE), "## 第一条\n\n为规范收费管理，制定本办法。\n");
        site.item("gov/2026/fees-reading.md", """
                title: 收费管理办法政策解读
                organ: gov
                category: interpretation
                written: 2026-03-05
                published: 2026-03-06
                index: %s/2026-00002
                genre: interpretation
                interprets: items/gov/2026/fees.md
                """.formatted(FixtureSite.GOV_CODE), "一、出台背景。\n");
        site.item("vil/2026/publicity.md", """
                title: 河东村土地流转方案公示
                organ: vil
                category: village
                written: 2026-05-25
                published: 2026-05-26
                lang: zh-Hant
                notice-period: {from: 2026-05-26, to: 2026-06-09}
                """, "公示期內如有異議，請向村務監督委員會反映。\n");
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

    private static void click(String linkText) {
        List<WebElement> links = browser.findElements(By.linkText(linkText));
        assertThat(links).as("a link '%s' on %s", linkText, browser.getCurrentUrl()).isNotEmpty();
        links.get(0).click();
    }

    private static String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    @Test
    void readerNavigatesFromHomeToAnItemAndTheArchive() {
        browser.get(site.output().resolve("index.html").toUri().toString());
        assertThat(browser.getTitle()).contains("测试县人民政府信息公开");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("测试县行政事业性收费管理办法");

        click("公开目录");
        assertThat(h1()).contains("公开目录");
        click("规范性文件");
        assertThat(h1()).contains("规范性文件");
        assertThat(browser.getCurrentUrl()).endsWith("catalog/regulation/index.html");

        click("测试县行政事业性收费管理办法");
        assertThat(h1()).isEqualTo("测试县行政事业性收费管理办法");
        String meta = browser.findElement(By.tagName("table")).getText();
        assertThat(meta).contains("索引号", FixtureSite.GOV_CODE + "/2026-00001", "发布机构", "测试县人民政府办公室",
                "成文日期", "2026-03-02", "发布日期", "2026-03-05", "发文字号", "测政发〔2026〕3号", "有效性", "公开属性");
        click("收费管理办法政策解读");
        assertThat(h1()).isEqualTo("收费管理办法政策解读");
        click("测试县行政事业性收费管理办法");
        assertThat(h1()).isEqualTo("测试县行政事业性收费管理办法");

        click("按年份");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("2026");
        click("2026年");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("河东村土地流转方案公示");
    }

    @Test
    void traditionalItemIsMarkedAndItsNoticePeriodIsOpen() {
        browser.get(site.output().resolve("items/vil/2026/publicity/index.html").toUri().toString());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hant");
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).contains("2026-05-26").contains("2026-06-09").contains("公示期內如有異議");
    }

    @Test
    void stylesheetLoadsFromDiskWithoutAnyNetwork() {
        browser.get(site.output().resolve("index.html").toUri().toString());
        Object sheets = browser.executeScript("return document.styleSheets.length");
        assertThat(((Number) sheets).intValue()).isGreaterThanOrEqualTo(1);
        // Resources (scripts, images, stylesheets, icons) are all local; links to other sites (the 备案 systems of
        // the footer marks, 我为政府网站找错) are links, loaded only when clicked.
        Object external = browser.executeScript(
                "return [...document.querySelectorAll('[src],link[href]')].map(e => e.src || e.href)"
                        + ".filter(u => u.startsWith('http') && !u.startsWith('https://gk.test.example/')).length");
        assertThat(((Number) external).intValue()).isZero();
    }
}
