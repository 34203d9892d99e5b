package org.gongkai.core.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.gongkai.core.FixtureSite;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.diagnostic.MessageCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gongkai:check-links's engine against web servers on 127.0.0.1: a 404 or 503 is broken, at every place it is
 * written, with its status; HEAD refused then GET answered, and redirects, work; a timeout and a port where nothing
 * listens are warnings (could not check), never errors; a URL is requested once however often it is written; a
 * non-public item's links are never requested; requests at once stay within the bounds overall and per host.
 */
class ExternalLinkCheckTest {
    @TempDir
    Path tmp;
    private final LinkServer.Concurrency both = new LinkServer.Concurrency();
    private final LinkServer server = LinkServer.start(both);
    private final LinkServer other = LinkServer.start(both);

    @AfterEach
    void stop() {
        server.close();
        other.close();
    }

    private static String item(String title, String extra) {
        return """
                title: %s
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                %s
                """.formatted(title, extra);
    }

    private LinkCheckReport run(FixtureSite site, int parallel, int perHost) {
        return ExternalLinkCheck.builder().contentDir(site.content()).now(FixtureSite.NOW)
                .timeout(Duration.ofSeconds(1)).parallel(parallel).perHost(perHost).build().run();
    }

    /** The 1-based column of the last {@code link} (a link's start, "[缺" or "![图") on {@code line}. */
    private static int column(String line, String link) {
        int at = line.lastIndexOf(link);
        assertThat(at).isNotNegative();
        return at + 1;
    }

    private static List<String> reported(LinkCheckReport r, Code code) {
        return r.diagnostics().stream().filter(d -> d.code() == code)
                .map(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.args().get(0)).toList();
    }

    @Test
    void brokenLinksAreErrorsAndUncheckedOnesWarnings() {
        String s = server.base();
        String dead = LinkServer.unreachable();
        FixtureSite site = FixtureSite.in(tmp);
        List<String> lines = List.of(
                "[好](%1$s/ok) [头](%1$s/no-head) [移](%1$s/moved)".formatted(s),
                "[缺](%1$s/missing)，再次[缺](%1$s/missing)".formatted(s),
                "[错](%1$s/error) ![图](%1$s/missing#x)".formatted(s),
                "[慢](%1$s/slow) [不通](%2$s/x)".formatted(s, dead),
                "[本站](https://gk.test.example/items/gov/2026/links/) [邮件](mailto:gk@test.example) [段](#x)");
        site.item("gov/2026/links.md", item("链接检查", ""), String.join("\n", lines) + "\n");
        site.item("gov/2026/internal.md", item("内部", "audience: internal"), "[秘](%s/secret)\n".formatted(s));
        site.write("content/pages/about.md", "---\ntitle: 关于\n---\n见[网站](%s/ok?about)。\n".formatted(s));

        LinkCheckReport r = run(site, 8, 2);

        // The body starts on line 8; a column is where the link's [ or ![ is.
        String f = "items/gov/2026/links.md:";
        assertThat(reported(r, Code.EXTERNAL_LINK_BROKEN)).containsExactly(
                f + "9:1 " + s + "/missing", f + "9:" + column(lines.get(1), "[缺") + " " + s + "/missing",
                f + "10:1 " + s + "/error", f + "10:" + column(lines.get(2), "![图") + " " + s + "/missing");
        assertThat(reported(r, Code.EXTERNAL_LINK_UNCHECKED)).containsExactly(f + "11:1 " + s + "/slow",
                f + "11:" + column(lines.get(3), "[不通") + " " + dead + "/x");
        Diagnostic missing = r.diagnostics().get(0);
        assertThat(missing.message(DiagnosticLanguage.ZH_HANS)).contains("HTTP 404");
        assertThat(r.diagnostics().stream().filter(d -> d.code() == Code.EXTERNAL_LINK_UNCHECKED)
                .map(d -> d.message(DiagnosticLanguage.ZH_HANS))).anyMatch(m -> m.contains("限定时间"))
                .anyMatch(m -> m.contains("无法连接"));
        assertThat(r.errorCount()).isEqualTo(4);
        assertThat(r.warningCount()).isEqualTo(2);

        assertThat(server.requests("HEAD /missing")).as("one URL, one request, however often written").isEqualTo(1);
        assertThat(server.requests("GET /missing")).as("then GET, in case HEAD is what the server refuses").isEqualTo(1);
        assertThat(server.requests("GET /no-head")).isEqualTo(1);
        assertThat(server.requests("HEAD /ok")).as("the page's link, the item's link and the redirect's target").isEqualTo(3);
        assertThat(server.requestsTo("/secret")).as("a non-public item's link is never requested").isZero();
        assertThat(r.links()).extracting(CheckedLink::url).doesNotContain("https://gk.test.example/items/gov/2026/links/");

        String json = r.json();
        assertThat(json).contains("\"checked\": 8", "\"ok\": 4", "\"broken\": 2", "\"unchecked\": 2")
                .contains("\"url\": \"" + s + "/missing\",\n      \"result\": \"broken\",\n      \"status\": 404")
                .contains("\"reason\": \"timeout\"", "\"reason\": \"unreachable\"")
                .contains("\"file\": \"pages/about.md\"");
    }

    @Test
    void requestsAtOnceStayWithinTheBoundsOverallAndPerHost() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            body.append("[甲](%s/wait?%d) [乙](%s/wait?%d)\n".formatted(server.base(), i, other.base(), i));
        }
        FixtureSite site = FixtureSite.in(tmp);
        site.item("gov/2026/many.md", item("很多链接", ""), body.toString());

        LinkCheckReport r = run(site, 3, 2);

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.count("ok")).isEqualTo(12);
        assertThat(server.maxWaiting()).as("per host").isBetween(1, 2);
        assertThat(other.maxWaiting()).as("per host").isBetween(1, 2);
        assertThat(both.max()).as("overall").isBetween(2, 3);
    }

    @Test
    void contentThatDoesNotLoadIsReportedAndNothingIsRequested() {
        LinkCheckReport r = ExternalLinkCheck.builder().contentDir(tmp.resolve("no-such-content")).build().run();
        assertThat(r.errorCount()).isPositive();
        assertThat(r.links()).isEmpty();
    }

    @Test
    void everyFailureHasItsWords() {
        for (DiagnosticLanguage lang : List.of(DiagnosticLanguage.ZH_HANS, DiagnosticLanguage.EN)) {
            for (LinkFailure f : LinkFailure.values()) {
                assertThat(MessageCatalog.of(lang).keys()).as("%s %s", lang, f)
                        .contains(MessageCatalog.enumKey(f), MessageCatalog.enumKey(f) + ".hint");
            }
        }
    }
}
