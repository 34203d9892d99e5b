package org.gongkai.core.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium through its own ChromeDriver, headless. Binaries are given explicitly so that Selenium
 * Manager never tries to download anything.
 */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static ChromeDriver start(Path profile) {
        return start(profile, options -> { });
    }

    /** The same, with options of the test's own (preferences, certificates) added before the browser starts. */
    static ChromeDriver start(Path profile, Consumer<ChromeOptions> more) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does this)");
        }
        if (!hasChineseFont()) {
            throw new IllegalStateException("browser tests need a Chinese font, or Chromium draws every Han character "
                    + "as a box and the layout tests measure boxes: apt-get install fonts-noto-cjk (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-gpu", "--window-size=1280,900", "--allow-file-access-from-files",
                "--user-data-dir=" + profile.toAbsolutePath());
        more.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** fontconfig, which Chromium draws with, knows a font for Chinese. */
    private static boolean hasChineseFont() {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isBlank();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
