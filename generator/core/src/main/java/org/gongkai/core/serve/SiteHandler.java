package org.gongkai.core.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.gongkai.core.model.PortalLayout;

/**
 * Serves the current preview: "/x/" is the plan's "x/index.html", "/x" redirects to "/x/" when that is a page
 * (relative links need the slash), anything else is the portal's 404 page. HTML responses get the live-reload
 * script and, after a failed rebuild, the error overlay.
 */
final class SiteHandler implements HttpHandler {

    /** What is being served: the last good site (null before the first good build) and the latest errors. */
    record State(String version, RenderedSite site, List<org.gongkai.core.diagnostic.Diagnostic> errors) {
    }

    private final Supplier<State> state;
    private final int port;
    private final RecentPages recent;
    private final ServeLog log;

    SiteHandler(Supplier<State> state, int port, RecentPages recent, ServeLog log) {
        this.state = state;
        this.port = port;
        this.recent = recent;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!localHost(ex.getRequestHeaders(), port)) {
            // A web page that re-points its own host name at 127.0.0.1 (DNS rebinding) must not read drafts.
            send(ex, 403, "text/plain; charset=utf-8", "the preview answers only to 127.0.0.1 and localhost\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path;
        try {
            path = RequestPath.resolve(ex.getRequestURI().getRawPath());
        } catch (RequestPath.Refused r) {
            send(ex, r.status(), "text/plain; charset=utf-8", ("refused: " + r.getMessage() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        serve(ex, path, state.get());
    }

    static boolean localHost(Headers headers, int port) {
        String host = headers.getFirst("Host");
        if (host == null) {
            return true; // HTTP/1.0 clients; the socket is bound to 127.0.0.1 anyway
        }
        return host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port)
                || (port == 80 && (host.equals("127.0.0.1") || host.equals("localhost")));
    }

    private void serve(HttpExchange ex, String path, State s) throws IOException {
        if (s.site() == null) {
            send(ex, 503, "text/html; charset=utf-8", PreviewPages.problemPage(
                    "预览无法生成：内容有错误 — The preview cannot be built: the content has errors", s.errors(), "",
                    s.version()));
            return;
        }
        String file = PortalLayout.file(path);
        if (!s.site().contains(file)) {
            if (s.site().contains(PortalLayout.file(file + "/"))) {
                ex.getResponseHeaders().set("Location", folderUrl(path));
                send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = PortalLayout.NOT_FOUND;
        }
        int status = file.equals(PortalLayout.NOT_FOUND) && !path.equals(PortalLayout.NOT_FOUND) ? 404 : 200;
        Optional<byte[]> bytes;
        try {
            bytes = s.site().bytes(file);
        } catch (RuntimeException | StackOverflowError e) {
            // A StackOverflowError is a theme whose templates include each other without end: its own page too, so
            // that it reloads once the theme is fixed.
            String why = e.getMessage() != null ? e.getMessage() : e.toString();
            log.error("gongkai:serve: cannot render /" + path + ": " + why);
            send(ex, 500, "text/html; charset=utf-8", PreviewPages.problemPage(
                    "页面无法生成 — This page cannot be rendered", List.of(), why, s.version()));
            return;
        }
        if (bytes.isEmpty()) {
            send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = ContentTypes.of(file);
        boolean html = ContentTypes.isHtml(file);
        if (html && status == 200) {
            recent.served(file);
        }
        byte[] body = html ? PreviewPages.inject(bytes.get(), s.version(), s.errors()) : bytes.get();
        send(ex, status, type, body);
    }

    /** "/" + path + "/", percent-encoded (alias and slug paths may hold Chinese). */
    private static String folderUrl(String path) {
        try {
            return new URI(null, null, "/" + path + "/", null).toASCIIString();
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        // Always fresh: a reload after a rebuild must never show a cached page.
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Robots-Tag", "noindex, nofollow");
        h.set("Referrer-Policy", "no-referrer");
        if (ex.getRequestMethod().equals("HEAD")) {
            h.set("Content-Length", String.valueOf(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
