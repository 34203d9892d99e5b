package org.gongkai.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The platform as a host serves it, for the browser test: the platform folder's files (links to the portals
 * followed, nothing outside the folder), and {@code POST /search-api/select} (rows in the URL) forwarded to one Solr
 * node's {@code /select} of the collection, and nothing else of Solr, as docs/platform.md's reverse proxy does. On 127.0.0.1 only.
 */
final class PlatformServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "png", "image/png", "xml", "application/xml");
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    PlatformServer(Path root, String solrSelect) throws IOException {
        Path base = root.toRealPath();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/search-api/select", ex -> {
            try (ex) {
                if (!"POST".equals(ex.getRequestMethod())) {
                    send(ex, 405, "text/plain", new byte[0]);
                    return;
                }
                // as the documented proxy: rows (at most 99) in the URL, whose value Solr takes before the body's
                String query = ex.getRequestURI().getRawQuery();
                if (query == null || !java.util.regex.Pattern.compile("(^|&)rows=[0-9]{1,2}(&|$)").matcher(query).find()) {
                    send(ex, 400, "text/plain", new byte[0]);
                    return;
                }
                byte[] body = ex.getRequestBody().readAllBytes();
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(solrSelect + "?" + query))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                send(ex, r.statusCode(), "application/json; charset=utf-8", r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                Path file = base.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                // the links to the portals are followed; the platform's folders are the only way in
                if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                    send(ex, 404, "text/plain", "not found".getBytes());
                    return;
                }
                String name = file.getFileName().toString();
                String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
                try (InputStream in = Files.newInputStream(file)) {
                    send(ex, 200, type, in.readAllBytes());
                }
            }
        });
        server.start();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
