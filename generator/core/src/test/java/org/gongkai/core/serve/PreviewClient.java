package org.gongkai.core.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Requests to a preview server in tests: through HttpClient, or byte for byte over a socket. */
final class PreviewClient {
    record Response(int status, String body, String location) {
    }

    private final PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    PreviewClient(PreviewServer server) {
        this.server = server;
    }

    Response get(String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends the request target exactly as written (HttpClient and browsers would normalize "..") and a Host. */
    Response raw(String target, String host) {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String statusLine = text.lines().findFirst().orElse("");
            String[] parts = statusLine.split(" ");
            int status = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
            return new Response(status, text, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response raw(String target) {
        return raw(target, "127.0.0.1:" + server.port());
    }

    /** Waits (at most 10 s) for the server to finish a rebuild after {@code version}. */
    static void awaitNewVersion(PreviewServer server, String version) {
        await(() -> !server.version().equals(version), "a rebuild after version " + version);
    }

    static void await(BooleanSupplier condition, String what) {
        await(condition, what, 10);
    }

    static void await(BooleanSupplier condition, String what, int seconds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
