package org.gongkai.core.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.model.BuildMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gongkai:serve against a small site in a temp folder: what it serves, how it follows edits, what it refuses. */
class PreviewServerTest {
    static final String PUBLIC_TITLE = "测试县行政事业性收费管理办法";
    static final String DRAFT_TITLE = "2027年财政预算草案（征求意见稿）";
    static final String SCHEDULED_TITLE = "关于2026年夏季防汛工作的通知";

    @TempDir
    Path tmp;
    FixtureSite site;
    PreviewServer server;
    PreviewClient client;
    final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.in(tmp.resolve("site"));
        site.item("gov/2026/fees.md", publicItem(PUBLIC_TITLE), "## 第一条\n\n为规范收费管理，制定本办法。\n");
        site.item("fin/2026/budget-draft.md", """
                title: %s
                organ: fin
                category: budget
                written: 2026-05-20
                draft: true
                """.formatted(DRAFT_TITLE), "预算草案正文。\n");
        site.item("gov/2026/flood.md", """
                title: %s
                organ: gov
                category: regulation
                written: 2026-05-28
                published: 2026-07-01T09:00:00+08:00
                """.formatted(SCHEDULED_TITLE), "做好防汛准备。\n");
        server = PreviewServer.start(options(site.content(), FixtureSite.theme()));
        client = new PreviewClient(server);
    }

    ServeOptions options(Path content, Path theme) {
        return ServeOptions.of(content, theme, 0).withNow(FixtureSite.NOW).withLog(new ServeLog() {
            @Override
            public void info(String line) {
                log.add("INFO " + line);
            }

            @Override
            public void warn(String line) {
                log.add("WARN " + line);
            }

            @Override
            public void error(String line) {
                log.add("ERROR " + line);
            }
        });
    }

    @AfterEach
    void stop() {
        if (Boolean.getBoolean("serve.debug")) { // -Dserve.debug=true prints what the server logged
            log.forEach(System.out::println);
        }
        if (server != null) {
            server.close();
        }
    }

    static String publicItem(String title) {
        return """
                title: %s
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-05
                index: %s/2026-00001
                genre: regulation
                """.formatted(title, FixtureSite.GOV_CODE);
    }

    /** As editors save: a temp file renamed over the old one, so no reader ever sees half a file. */
    void save(String itemRel, String frontMatter, String body) throws IOException {
        replaceFile(site.content().resolve("items").resolve(itemRel), "---\n" + frontMatter.strip() + "\n---\n" + body);
    }

    static void replaceFile(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Polls a page until it contains the text (at most 10 s): the rebuild runs after the watcher has seen the edit. */
    PreviewClient.Response awaitPage(String path, String text) {
        PreviewClient.await(() -> client.get(path).body().contains(text), "'" + text + "' on " + path);
        return client.get(path);
    }

    @Test
    void servesDraftAndScheduledItemsWithAPreviewBannerThatAPublicBuildLeavesOut() {
        PreviewClient.Response draft = client.get("/items/fin/2026/budget-draft/");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.body()).contains(DRAFT_TITLE, "预览 — 未公开", "草稿", "预览版");
        PreviewClient.Response scheduled = client.get("/items/gov/2026/flood/");
        assertThat(scheduled.status()).isEqualTo(200);
        assertThat(scheduled.body()).contains(SCHEDULED_TITLE, "预览 — 未公开", "定时发布");
        PreviewClient.Response published = client.get("/items/gov/2026/fees/");
        assertThat(published.body()).contains(PUBLIC_TITLE, "预览版").doesNotContain("预览 — 未公开");
        assertThat(client.get("/").body()).contains("mode-banner-preview", "data-gongkai-preview");

        BuildResult result = site.build(BuildMode.PUBLIC, site.output());
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        assertThat(Files.exists(site.output().resolve("items/fin/2026/budget-draft/index.html"))).isFalse();
        assertThat(Files.exists(site.output().resolve("items/gov/2026/flood/index.html"))).isFalse();
        for (Path f : FixtureSite.files(site.output())) {
            String text = read(f);
            assertThat(text).as("%s", f).doesNotContain(DRAFT_TITLE, SCHEDULED_TITLE, "预览", "__gongkai");
        }
    }

    @Test
    void anEditToAnItemShowsUpInTheNextResponse() throws IOException {
        assertThat(client.get("/items/gov/2026/fees/").body()).contains(PUBLIC_TITLE);
        save("gov/2026/fees.md", publicItem("收费管理办法（修订）"), "## 第一条\n\n修订后的正文。\n");
        PreviewClient.Response r = awaitPage("/items/gov/2026/fees/", "收费管理办法（修订）");
        assertThat(r.body()).contains("修订后的正文").doesNotContain(PUBLIC_TITLE);
        assertThat(client.get("/").body()).contains("收费管理办法（修订）");
        // The other files were not parsed again.
        PreviewClient.await(() -> log.stream().anyMatch(l -> l.contains("1 files parsed, 2 reused")), "the rebuild log line");
    }

    @Test
    void aPlainInPlaceWriteIsPickedUpToo() {
        site.item("gov/2026/fees.md", publicItem("就地保存的新标题"), "正文。\n");
        awaitPage("/items/gov/2026/fees/", "就地保存的新标题");
    }

    @Test
    void aNewFileInANewFolderAndADeletedFile() throws IOException {
        assertThat(client.get("/items/vil/2026/accounts/").status()).isEqualTo(404);
        save("vil/2026/accounts.md", """
                title: 河东村2026年5月财务收支公开
                organ: vil
                category: village
                written: 2026-05-31
                published: 2026-05-31
                """, "收入、支出明细。\n");
        PreviewClient.Response created = awaitPage("/items/vil/2026/accounts/", "河东村2026年5月财务收支公开");
        assertThat(created.status()).isEqualTo(200);

        Files.delete(site.content().resolve("items/gov/2026/flood.md"));
        PreviewClient.await(() -> client.get("/items/gov/2026/flood/").status() == 404, "the deleted item to go");
        assertThat(client.get("/").body()).doesNotContain(SCHEDULED_TITLE);
    }

    @Test
    void pathsOutsideThePreviewAreRefused() throws IOException {
        Files.writeString(tmp.resolve("secret.txt"), "CANARY-4711");
        Files.writeString(site.content().resolve("items/secret.txt"), "CANARY-4711");
        String[] attacks = {
            "/../../secret.txt", "/../secret.txt", "/%2e%2e/%2e%2e/secret.txt", "/%2E%2E%2F%2E%2E%2Fsecret.txt",
            "/..%2f..%2fsecret.txt", "/items/..%5c..%5csecret.txt", "/items/%2e%2e/%2e%2e/content/site.yaml",
            "/./index.html", "/%00", "/index.html%00.css", "//etc/passwd", "/etc/passwd", "/C:/Windows/win.ini",
            "/content/site.yaml", "/items/secret.txt", "/%c0%ae%c0%ae/secret.txt", "/%252e%252e/secret.txt",
            "http://127.0.0.1:" + server.port() + "/../../secret.txt", tmp.resolve("secret.txt").toString(),
        };
        for (String target : attacks) {
            PreviewClient.Response r = client.raw(target);
            assertThat(r.status()).as(target).isIn(400, 403, 404);
            assertThat(r.body()).as(target).doesNotContain("CANARY");
        }
        assertThat(client.raw("/../../secret.txt").status()).isEqualTo(403);
        assertThat(client.raw("/%2e%2e/secret.txt").status()).isEqualTo(403);
        // Another host name pointing at 127.0.0.1 (DNS rebinding) is refused.
        assertThat(client.raw("/", "evil.example").status()).isEqualTo(403);
        assertThat(client.raw("/", "localhost:" + server.port()).status()).isEqualTo(200);
    }

    @Test
    void errorsKeepTheLastGoodPreviewAndShowTheDiagnostics() throws IOException {
        save("gov/2026/fees.md", publicItem("改坏以前的标题").replace("organ: gov", "organ: nowhere"), "正文。\n");
        PreviewClient.await(() -> !server.errors().isEmpty(), "the error to be reported");
        PreviewClient.Response r = client.get("/items/gov/2026/fees/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains(PUBLIC_TITLE, "gongkai-diagnostics", "content/items/gov/2026/fees.md:",
                "unknown-organ", "上一次成功的预览");
        assertThat(log).anyMatch(l -> l.startsWith("ERROR content/items/gov/2026/fees.md:") && l.contains("unknown-organ"));
        // The rebuild line reads Chinese first: which file, that the last good preview stays, the count.
        assertThat(log).anyMatch(l -> l.startsWith("INFO ") && l.contains("content/items/gov/2026/fees.md：预览未更新（1 个错误；仍显示上一次成功的预览）"));

        save("gov/2026/fees.md", publicItem("修好以后的标题"), "正文。\n");
        PreviewClient.Response fixed = awaitPage("/items/gov/2026/fees/", "修好以后的标题");
        assertThat(fixed.body()).doesNotContain("gongkai-diagnostics");
        assertThat(server.errors()).isEmpty();
    }

    @Test
    void aFirstBuildWithErrorsShowsThemAndRecoversWhenFixed() throws IOException {
        server.close();
        site.item("gov/2026/fees.md", publicItem(PUBLIC_TITLE).replace("written: 2026-03-02", "written: 2026-13-45"), "正文。\n");
        server = PreviewServer.start(options(site.content(), FixtureSite.theme()));
        client = new PreviewClient(server);
        PreviewClient.Response r = client.get("/items/gov/2026/fees/");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body()).contains("content/items/gov/2026/fees.md:", "data-gongkai-preview");

        save("gov/2026/fees.md", publicItem(PUBLIC_TITLE), "正文。\n");
        PreviewClient.await(() -> client.get("/items/gov/2026/fees/").status() == 200, "the fixed preview");
    }

    @Test
    void followsTheThemeAndKeepsTheLastGoodPreviewWhenATemplateBreaks() throws IOException {
        server.close();
        Path theme = tmp.resolve("theme");
        FixtureSite.copyOfTheme(theme);
        server = PreviewServer.start(options(site.content(), theme));
        client = new PreviewClient(server);
        assertThat(client.get("/").body()).doesNotContain("主题改过了");

        Path messages = theme.resolve("messages/zh-Hans.properties");
        replaceFile(messages, Files.readString(messages).replace("mode.preview=", "mode.preview=主题改过了 "));
        awaitPage("/", "主题改过了");

        Path home = theme.resolve("templates/home.peb");
        replaceFile(home, Files.readString(home) + "\n{% if %}\n");
        PreviewClient.await(() -> !server.errors().isEmpty(), "the template error");
        assertThat(client.get("/").body()).contains("主题改过了", "gongkai-diagnostics", "home");
    }

    @Test
    void aThemeThatIncludesItselfWithoutEndGetsAProblemPageNotAClosedConnection() throws IOException {
        server.close();
        Path theme = tmp.resolve("theme");
        FixtureSite.copyOfTheme(theme);
        Path item = theme.resolve("templates/item.peb");
        Files.writeString(item, Files.readString(item).replace("{% block content %}",
                "{% block content %}{% include \"item.peb\" %}"));
        server = PreviewServer.start(options(site.content(), theme));
        client = new PreviewClient(server);

        PreviewClient.Response r = client.raw("/items/gov/2026/fees/");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.body()).contains("页面无法生成", "StackOverflowError", "data-gongkai-preview");
        assertThat(client.get("/").status()).as("other pages still served").isEqualTo(200);
    }

    @Test
    void folderUrlsWithoutTheSlashRedirectAndUnknownPathsGetThe404Page() {
        PreviewClient.Response r = client.get("/catalog");
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.location()).isEqualTo("/catalog/");
        PreviewClient.Response missing = client.get("/no/such/page/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("data-gongkai-preview");
        assertThat(client.get("/assets/style.css").body()).doesNotContain("data-gongkai-preview");
    }

    @Test
    void liveReloadStreamSendsTheVersionNowAndAfterEachRebuild() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
        var request = java.net.http.HttpRequest.newBuilder(server.url().resolve(PreviewPages.EVENTS_PATH)).build();
        http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines())
                .thenAccept(resp -> resp.body().filter(l -> l.startsWith("data: ")).forEach(lines::add));
        String first = lines.poll(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(first).isEqualTo("data: " + server.version());

        save("gov/2026/fees.md", publicItem("又一个标题"), "正文。\n");
        String next = lines.poll(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(next).isNotNull().isNotEqualTo(first);
    }

    @Test
    void closeStopsServingAndCanBeCalledTwice() throws Exception {
        int port = server.port();
        Thread waiter = new Thread(() -> {
            try {
                server.awaitClose();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        server.close();
        server.close();
        waiter.join(5_000);
        assertThat(waiter.isAlive()).isFalse();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void bindsToLoopbackOnly() {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive();
    }

    private static String read(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
