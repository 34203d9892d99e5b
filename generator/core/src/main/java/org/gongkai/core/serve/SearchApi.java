package org.gongkai.core.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.gongkai.core.internal.Json;
import org.gongkai.core.model.Entry;
import org.gongkai.core.search.SearchFilters;
import org.gongkai.core.search.SearchQuery;
import org.gongkai.core.search.SearchResults;
import org.gongkai.core.search.SearchSort;

/**
 * {@code GET /api/search?q=…&category=…&organ=…&genre=…&validity=…&yearFrom=…&yearTo=…&sort=newest&page=2}: the
 * preview's search over a Lucene index of the current preview build (drafts and scheduled items included), as
 * JSON {@code {total, page, pageSize, results: [{url, title, date, organ, category, score}]}}.
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
        try (ex) {
            if (!SiteHandler.localHost(ex.getRequestHeaders(), port) || !ex.getRequestURI().getPath().equals(PATH)) {
                send(ex, 403, error("the preview answers only to 127.0.0.1 and localhost, at " + PATH));
                return;
            }
            SiteHandler.State s = state.get();
            if (s.site() == null) {
                send(ex, 503, error("the preview has no good build yet: fix the content errors first"));
                return;
            }
            Map<String, String> q = params(ex.getRequestURI().getRawQuery());
            int page = Math.max(1, number(q.get("page")).orElse(1));
            SearchSort sort = switch (q.getOrDefault("sort", "")) {
                case "newest" -> SearchSort.NEWEST;
                case "oldest" -> SearchSort.OLDEST;
                default -> SearchSort.RELEVANCE;
            };
            SearchFilters filters = new SearchFilters(q.getOrDefault("category", ""), q.getOrDefault("organ", ""),
                    q.getOrDefault("genre", ""), q.getOrDefault("validity", ""), number(q.get("yearFrom")).orElse(0),
                    number(q.get("yearTo")).orElse(0));
            SearchResults results = s.site().search(indexRoot.resolve(s.version())).search(
                    SearchQuery.parse(q.getOrDefault("q", ""), filters), sort, (page - 1) * PAGE_SIZE, PAGE_SIZE);
            send(ex, 200, json(results, page, s.site().model().visible()));
        }
    }

    private static String json(SearchResults results, int page, java.util.List<Entry> entries) {
        Map<String, Entry> byUrl = new HashMap<>();
        entries.forEach(e -> byUrl.put(e.url(), e));
        Json.Writer w = new Json.Writer();
        w.beginObject();
        w.name("total").value(results.total());
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
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
    }

    private static String error(String message) {
        return new Json.Writer().beginObject().name("error").value(message).endObject().toString();
    }

    static Map<String, String> params(String rawQuery) {
        Map<String, String> out = new HashMap<>();
        if (rawQuery == null) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    private static Optional<Integer> number(String s) {
        try {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }
}
