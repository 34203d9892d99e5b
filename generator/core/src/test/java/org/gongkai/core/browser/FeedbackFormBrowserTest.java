package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
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
 * A citizen opens the built 意见箱 page from a disk (file://) in a browser with JavaScript switched off, fills the
 * form with the keyboard alone (Tab from the top of the page, typing, Enter on the button) and sends it: the
 * office's endpoint, here an https server of the JDK on 127.0.0.1 with a certificate made for the test, receives
 * the POST with every field, the Chinese intact. Without the required 留言内容 the browser sends nothing.
 */
class FeedbackFormBrowserTest {
    @TempDir
    static Path tmp;
    static HttpsServer server;
    static final BlockingQueue<Map<String, String>> received = new LinkedBlockingQueue<>();
    static FixtureSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void serveBuildAndOpen() throws Exception {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(sslContext(tmp)));
        server.createContext("/liuyan/submit", exchange -> {
            Map<String, String> request = new LinkedHashMap<>();
            request.put(":method", exchange.getRequestMethod());
            request.put(":content-type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                for (String pair : body.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        request.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            byte[] answer = "<!DOCTYPE html><html lang=\"zh-Hans\"><meta charset=\"utf-8\"><title>已收到</title><h1>已收到您的留言</h1>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
            received.add(request);
        });
        server.start();
        String endpoint = "https://127.0.0.1:" + server.getAddress().getPort() + "/liuyan/submit";

        site = FixtureSite.in(tmp.resolve("site"));
        site.write("content/site.yaml", FixtureSite.SITE_YAML + "feedback:\n  form: " + endpoint + "\n  reply-within: 10\n");
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        assertThat(site.read("feedback/index.html")).contains("action=\"" + endpoint + "\"");

        // JavaScript off for every page (as a reader may have it), and the test's own certificate accepted.
        browser = Browser.start(tmp.resolve("profile"), options -> {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            options.setAcceptInsecureCerts(true);
        });
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
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

    /** A key pair and self-signed certificate for 127.0.0.1, made with the JDK's keytool. */
    private static SSLContext sslContext(Path dir) throws Exception {
        Path store = dir.resolve("endpoint.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "endpoint", "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as(Files.exists(dir.resolve("keytool.log"))
                ? Files.readString(dir.resolve("keytool.log")) : "keytool").isTrue();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), null, null);
        return ssl;
    }

    private static void openFeedbackPage() {
        browser.get(site.output().resolve("feedback/index.html").toUri().toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("意见箱");
    }

    private static String focused() {
        WebElement active = browser.switchTo().activeElement();
        String id = active.getDomAttribute("id");
        return id == null ? active.getTagName() : id;
    }

    /** Presses Tab until {@code id} has the focus, as a keyboard user moves through the page. */
    private static void tabTo(String id) {
        for (int i = 0; i < 100 && !focused().equals(id); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(focused()).as("reached by Tab").isEqualTo(id);
    }

    private static void type(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    @Test
    void javaScriptIsReallyOff() throws IOException {
        Path probe = Files.writeString(tmp.resolve("probe.html"),
                "<!DOCTYPE html><title>off</title><script>document.title = 'on';</script>");
        browser.get(probe.toUri().toString());
        assertThat(browser.getTitle()).isEqualTo("off");
    }

    @Test
    void aCitizenSendsAMessageWithTheKeyboardAndTheEndpointReceivesIt() throws Exception {
        received.clear();
        openFeedbackPage();
        tabTo("feedback-title");
        type("关于夜间施工噪声的问题");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(focused()).isEqualTo("feedback-message");
        type("我家附近的工地每天夜里施工到十二点。", Keys.ENTER, "请问有没有人管？");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(focused()).isEqualTo("feedback-page");
        type("https://gk.test.example/items/gov/2026/noise/");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(focused()).isEqualTo("feedback-contact");
        type("王先生 0870-3120001");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("提交留言");
        type(Keys.ENTER);

        Map<String, String> request = received.poll(20, TimeUnit.SECONDS);
        assertThat(request).as("the endpoint received the form").isNotNull();
        assertThat(request.get(":method")).isEqualTo("POST");
        assertThat(request.get(":content-type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request).containsEntry("title", "关于夜间施工噪声的问题")
                .containsEntry("message", "我家附近的工地每天夜里施工到十二点。\r\n请问有没有人管？")
                .containsEntry("page", "https://gk.test.example/items/gov/2026/noise/")
                .containsEntry("contact", "王先生 0870-3120001");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "已收到".equals(d.getTitle()));
    }

    @Test
    void withoutTheMessageTheBrowserSendsNothing() throws Exception {
        received.clear();
        openFeedbackPage();
        tabTo("feedback-title");
        type("只有标题");
        tabTo("feedback-contact");
        type("王先生");
        new Actions(browser).sendKeys(Keys.TAB, Keys.ENTER).perform();
        assertThat(received.poll(2, TimeUnit.SECONDS)).as("nothing sent without 留言内容").isNull();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("意见箱");
        assertThat(focused()).as("the browser points at the required field").isEqualTo("feedback-message");
    }
}
