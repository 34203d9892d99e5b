package org.gongkai.core.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
}
