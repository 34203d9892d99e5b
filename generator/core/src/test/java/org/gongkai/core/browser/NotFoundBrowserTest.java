package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;


/**
 * The 404 page is styled and whole wherever it is read: opened from a disk (file://), and sent by a web server for
 * a missing path deep in the site (/a/b/c/missing), where its links and its search box lead into the portal.
 */
class NotFoundBrowserTest {
    /** The header's colour (--brand): the page's own styles are applied. */
    private static final String BRAND = "rgb(155, 28, 28)";

    @TempDir
    static Path tmp;
    static EveryPageSite site;
    static ChromeDriver browser;
    static HttpServer server;

    @BeforeAll
    static void build() throws IOException {
        site = EveryPageSite.build(tmp.resolve("site"));
        server = serve(site.site.output());
        browser = Browser.start(tmp.resolve("profile"));
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

    /** A static host that answers a missing path with 404.html and status 404, as web servers are set up to. */
    static HttpServer serve(Path dir) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", ex -> {
            Path f = dir.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
            if (Files.isDirectory(f)) {
                f = f.resolve("index.html");
            }
            int status = 200;
            if (!f.startsWith(dir) || !Files.isRegularFile(f)) {
                f = dir.resolve("404.html");
                status = 404;
            }
            String name = f.getFileName().toString();
            ex.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8" : name.endsWith(".css") ? "text/css" : "application/octet-stream");
            byte[] body = Files.readAllBytes(f);
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        s.start();
        return s;
    }

    private static String header() {
        return String.valueOf(browser.executeScript("return getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
    }

    /** What the page requested after itself: styles, scripts, images, fonts (not the browser's own favicon.ico). */
    private static java.util.List<?> resources() {
        return (java.util.List<?>) browser.executeScript("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => !n.endsWith('/favicon.ico'))");
    }

    @Test
    void fromADiskItIsStyledAndLoadsNothing() {
        browser.get(site.site.output().resolve("404.html").toUri().toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("页面未找到");
        assertThat(header()).isEqualTo(BRAND);
        assertThat(resources()).as("requests for styles, scripts or images").isEmpty();
    }

    @Test
    void deepInAServedSiteItIsStyledAndItsLinksAndSearchLeadIntoThePortal() throws Exception {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root + "/a/b/c/missing")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);

        browser.get(root + "/a/b/c/missing");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("页面未找到");
        assertThat(header()).isEqualTo(BRAND);
        assertThat(resources()).isEmpty();
        browser.findElement(By.linkText("公开目录")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(root + "/catalog/index.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("公开目录");

        browser.get(root + "/zwgk/art/2019/old.html");
        browser.findElement(By.id("site-search-q")).sendKeys("收费\n");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#search-list li a")).isEmpty());
        assertThat(browser.getCurrentUrl()).startsWith(root + "/search/index.html?q=");
    }
}
