package org.gongkai.core.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.gongkai.core.internal.Json;
import org.gongkai.core.model.Entry;
import org.gongkai.core.search.SearchQuery;
import org.gongkai.core.search.SearchResults;

/**
 * {@code GET /api/search?q=…&category=…&organ=…&genre=…&validity=…&yearFrom=…&yearTo=…&sort=newest&page=2}: the
 * preview's search over a Lucene index of the current preview build (drafts and scheduled items included), as
 * JSON {@code {total, page, pageSize, results: [{url, title, date, organ, category, score}]}}; a parameter it
 * refuses (see {@link SearchParams}) is a 400 with {@code {error}}. The exchange is closed by {@link Guarded}.
 */
final class SearchApi implements HttpHandler {
    static final String PATH = "/api/search";
    private static final int PAGE_SIZE = 20;

    private final Supplier<SiteHandler.State> state;
    private final Path indexRoot;
    private final int port;

    SearchApi(Supplier<SiteHandler.State> state, Path indexRoot, int port) {
        this.state = state;
        this.indexRoot = indexRoot;
        this.port = port;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            send(ex, 405, error("搜索只接受 GET 请求 (the search answers GET only)"));
            return;
        }
        if (!SiteHandler.localHost(ex.getRequestHeaders(), port) || !ex.getRequestURI().getPath().equals(PATH)) {
            send(ex, 403, error("预览只回应 127.0.0.1 和 localhost 上 " + PATH + " 的请求 (the preview answers only to "
                    + "127.0.0.1 and localhost, at " + PATH + ")"));
            return;
        }
        SearchParams p;
        try {
            p = SearchParams.parse(ex.getRequestURI().getRawQuery());
        } catch (SearchParams.Invalid e) {
            send(ex, 400, error(e.getMessage()));
            return;
        }
        SiteHandler.State s = state.get();
        if (s.site() == null) {
            send(ex, 503, error("预览还没有成功生成过：请先改正内容错误 (the preview has no good build yet: fix the "
                    + "content errors first)"));
            return;
        }
        var index = s.site().search(indexRoot.resolve(s.version()));
        SearchResults results = index.search(index.parse(p.q(), p.filters()), p.sort(), (p.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        send(ex, 200, json(results, p.page(), s.site().model().visible()));
    }

    private static String json(SearchResults results, int page, java.util.List<Entry> entries) {
        Map<String, Entry> byUrl = new HashMap<>();
        entries.forEach(e -> byUrl.put(e.url(), e));
        Json.Writer w = new Json.Writer();
        w.beginObject();
        w.name("total").value(results.total());
        w.name("matches").value(results.matches());
        w.name("relaxed").value(results.tiers().get(SearchQuery.RELAXED));
        w.name("synonyms").beginArray();
        results.synonyms().forEach(w::value);
        w.endArray();
        w.name("page").value(page);
        w.name("pageSize").value(PAGE_SIZE);
        w.name("results").beginArray();
        for (SearchResults.Hit h : results.hits()) {
            Entry e = byUrl.get(h.url());
            w.beginObject();
            w.name("url").value(h.url());
            w.name("title").value(e == null ? "" : e.item().title());
            w.name("date").value(e == null ? "" : e.firstPublished().toString());
            w.name("organ").value(e == null ? "" : e.organ().name());
            w.name("category").value(e == null ? "" : e.category().name());
            w.name("score").value(String.format(Locale.ROOT, "%.6f", h.score()));
            w.name("tier").value(h.tier());
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
    }

    private static String error(String message) {
        return new Json.Writer().beginObject().name("error").value(message).endObject().toString();
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }
}
