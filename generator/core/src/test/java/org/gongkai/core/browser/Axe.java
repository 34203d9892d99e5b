package org.gongkai.core.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility rules engine, injected into a page under Selenium. The version is pinned by
 * src/test/js-tools/package-lock.json and installed from the npm registry with {@code npm ci} into
 * target/js-tools/ the first time a test needs it (in CI as on a developer's machine), so nothing is vendored.
 */
final class Axe {
    /** The WCAG 2.0 and 2.1 levels A and AA: what GB/T 37668 and a government-website inspection hold pages to. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SOURCE = Path.of("src/test/js-tools").toAbsolutePath();
    private static final Path INSTALLED = Path.of("target/js-tools").toAbsolutePath();

    private final String script;

    private Axe(String script) {
        this.script = script;
    }

    /** A rule broken on a page, with the CSS selectors of the elements that break it. */
    record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + "\n      " + String.join("\n      ", targets);
        }
    }

    /** axe.min.js of the pinned version, installed first when target/js-tools has none. */
    static Axe load() {
        Path js = INSTALLED.resolve("node_modules/axe-core/axe.min.js");
        try {
            if (!Files.isRegularFile(js)) {
                install();
            }
            return new Axe(Files.readString(js, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** npm ci in a fresh folder renamed into place, so that a killed install never leaves a half folder behind. */
    private static void install() throws IOException {
        Path work = Files.createTempDirectory(INSTALLED.getParent(), "js-tools-");
        for (String f : List.of("package.json", "package-lock.json")) {
            Files.copy(SOURCE.resolve(f), work.resolve(f));
        }
        ProcessBuilder pb = new ProcessBuilder("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund")
                .directory(work.toFile()).redirectErrorStream(true);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("npm ci of src/test/js-tools failed (the accessibility test needs "
                        + "npm and the npm registry):\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (Files.isDirectory(INSTALLED.resolve("node_modules/axe-core"))) {
            return; // another run got there first
        }
        Files.move(work, INSTALLED, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Runs the WCAG A/AA rules on the page the browser shows. */
    @SuppressWarnings("unchecked")
    List<Violation> run(ChromeDriver browser) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(script);
        }
        Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact || '',"
                + "  help: v.help, targets: v.nodes.map(function (n) { return n.target.join(' ') + '  ' + (n.failureSummary || '').replace(/\\s+/g, ' '); })};"
                + "})); }, function (e) { done([{id: 'axe-error', impact: '', help: String(e), targets: []}]); });",
                TAGS);
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            out.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("targets")));
        }
        return out;
    }
}
