package org.gongkai.core.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's search API over the Lucene index of the current preview build, drafts included, following edits. */
class SearchApiTest {
    @TempDir
    Path tmp;
    FixtureSite site;
    PreviewServer server;
    PreviewClient client;

    @BeforeEach
    void start() throws Exception {
        site = FixtureSite.in(tmp.resolve("site"));
        site.item("fin/2026/budget.md", """
                title: 2026年部门预算公开
                organ: fin
                category: budget
                written: 2026-03-02
                published: 2026-03-03
                """, "本年度预算总额一百二十万元。\n");
        site.item("fin/2026/draft.md", """
                title: 2027年预算草案
                organ: fin
                category: budget
                written: 2026-05-20
                draft: true
                """, "草案正文。\n");
        site.item("gov/2026/flood.md", """
                title: 關於做好防汛工作的通知
                organ: gov
                category: regulation
                written: 2026-05-02
                published: 2026-05-03
                lang: zh-Hant
                """, "各鄉鎮做好防汛準備。\n");
        server = PreviewServer.start(ServeOptions.of(site.content(), FixtureSite.theme(), 0).withNow(FixtureSite.NOW));
        client = new PreviewClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PreviewClient.Response search(String query) {
        return client.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    @Test
    void findsItemsIncludingDraftsInBothScripts() {
        PreviewClient.Response budget = search("预算");
        assertThat(budget.status()).isEqualTo(200);
        assertThat(budget.body()).contains("\"total\": 2", "2026年部门预算公开", "2027年预算草案",
                "\"url\": \"items/fin/2026/budget/\"");
        assertThat(search("防汛").body()).as("a Simplified query finds a Traditional item")
                .contains("\"total\": 1", "關於做好防汛工作的通知");
        assertThat(client.get("/api/search?q=" + URLEncoder.encode("预算", StandardCharsets.UTF_8) + "&organ=gov").body())
                .contains("\"total\": 0");
    }

    @Test
    void followsEdits() throws Exception {
        assertThat(search("堤坝").body()).contains("\"total\": 0");
        String version = server.version();
        site.item("gov/2026/flood.md", """
                title: 關於做好防汛工作的通知
                organ: gov
                category: regulation
                written: 2026-05-02
                published: 2026-05-03
                lang: zh-Hant
                """, "各鄉鎮做好防汛準備，加固堤壩。\n");
        PreviewClient.awaitNewVersion(server, version);
        assertThat(search("堤坝").body()).contains("\"total\": 1");
    }

    @Test
    void answersOnlyToLocalHostNames() {
        assertThat(client.raw("/api/search?q=x", "evil.example:" + server.port()).status()).isEqualTo(403);
    }

    /** A 400 whose JSON error names the parameter, Chinese first. */
    private void assertRefused(String query, String message) {
        PreviewClient.Response r = client.raw("/api/search?" + query);
        assertThat(r.status()).as(query).isEqualTo(400);
        assertThat(r.body()).as(query).contains("application/json", "\"error\": \"" + message);
    }

    @Test
    void refusesBadParametersWithA400ThatSaysWhichAndWhy() {
        String page = "参数 page 必须是 1 到 10000 之间的整数 (page must be a whole number from 1 to 10000)";
        // (page - 1) * 20 overflowed: the connection closed with no reply
        assertRefused("q=x&page=2147483647", page);
        for (String p : new String[] {"0", "-1", "10001", "abc", "1.5", "%201", "99999999999999999999"}) {
            assertRefused("q=x&page=" + p, page);
        }
        assertThat(client.raw("/api/search?q=x&page=10000").status()).isEqualTo(200);
        assertThat(client.raw("/api/search?q=x&page=").status()).as("empty is the first page").isEqualTo(200);

        assertRefused("q=x&yearFrom=26", "参数 yearFrom 必须是四位数的年份");
        assertRefused("q=x&yearTo=20261", "参数 yearTo 必须是四位数的年份");
        assertRefused("q=x&yearFrom=2026&yearTo=2025", "参数 yearFrom 不能晚于 yearTo");
        assertThat(client.raw("/api/search?q=x&yearFrom=2026&yearTo=2026&yearTo=").status()).isEqualTo(400);
        assertThat(client.raw("/api/search?q=x&yearFrom=2026&yearTo=2026").status()).isEqualTo(200);

        assertRefused("q=x&sort=random", "参数 sort 必须是 relevance、newest 或 oldest");
        for (String sort : new String[] {"", "relevance", "newest", "oldest"}) {
            assertThat(client.raw("/api/search?q=x&sort=" + sort).status()).as(sort).isEqualTo(200);
        }

        assertRefused("q=x&category=..%2Fetc", "参数 category 必须是栏目的 id");
        assertRefused("q=x&organ=%3Cscript%3E", "参数 organ 必须是机构的 id");
        assertRefused("q=x&organ=" + "a".repeat(65), "参数 organ 必须是机构的 id");
        assertRefused("q=x&genre=poem", "参数 genre 必须是 notice、announcement");
        assertRefused("q=x&validity=maybe", "参数 validity 必须是 valid、expired、repealed 之一");
        assertThat(client.raw("/api/search?q=x&category=budget&organ=fin&genre=regulation&validity=valid").status())
                .isEqualTo(200);

        assertRefused("q=" + URLEncoder.encode("预".repeat(201), StandardCharsets.UTF_8), "参数 q 最多 200 个字");
        assertThat(client.raw("/api/search?q=" + URLEncoder.encode("预".repeat(200), StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        assertRefused("q=x&qq=1", "没有参数 qq");
        assertRefused("q=x&page=1&page=2", "参数 page 只能出现一次");
    }

    @Test
    void anUnexpectedFailureIsA500WithAMessageNotAClosedConnection() throws Exception {
        // The search index is written on the first search into the server's temp folder; with a file in its place
        // (a /tmp cleaner, a full disk) writing fails with an IOException the handler does not expect.
        Field f = PreviewServer.class.getDeclaredField("searchIndexes");
        f.setAccessible(true);
        Path folder = (Path) f.get(server);
        org.gongkai.core.internal.Folders.delete(folder);
        Files.writeString(folder, "not a folder");

        PreviewClient.Response r = client.raw("/api/search?q=x");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.body()).contains("application/json", "\"error\": \"服务器内部错误");
        assertThat(client.raw("/").status()).as("still serving").isEqualTo(200);
    }
}
