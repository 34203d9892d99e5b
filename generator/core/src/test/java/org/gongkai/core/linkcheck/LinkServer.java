package org.gongkai.core.linkcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web server on 127.0.0.1 for link checks: {@code /ok} 200, {@code /missing} 404, {@code /error} 503,
 * {@code /no-head} 405 to HEAD and 200 to GET, {@code /moved} a 301 to /ok, {@code /wait} 200 after 300 ms,
 * {@code /slow} 200 after 3 s (longer than any test's timeout). It counts requests by path and method, and how many
 * /wait requests it answers at once (here and, through {@code shared}, over several servers).
 */
public final class LinkServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger maxWaiting = new AtomicInteger();
    private final Concurrency shared;

    /** Requests answered at once over several servers. */
    public static final class Concurrency {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger max = new AtomicInteger();

        public int max() {
            return max.get();
        }
    }

    private LinkServer(Concurrency shared) throws IOException {
        this.shared = shared;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static LinkServer start() {
        return start(new Concurrency());
    }

    public static LinkServer start(Concurrency shared) {
        try {
            return new LinkServer(shared);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** http://127.0.0.1:port */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A URL of 127.0.0.1 where nothing listens (a port just let go). */
    public static String unreachable() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return "http://127.0.0.1:" + s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Requests of a path with a method, e.g. "HEAD /missing". */
    public int requests(String methodAndPath) {
        AtomicInteger n = requests.get(methodAndPath);
        return n == null ? 0 : n.get();
    }

    public int requestsTo(String path) {
        return requests.entrySet().stream().filter(e -> e.getKey().endsWith(" " + path)).mapToInt(e -> e.getValue().get()).sum();
    }

    /** The most /wait requests this server answered at once. */
    public int maxWaiting() {
        return maxWaiting.get();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String method = x.getRequestMethod();
        requests.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
        try (x) {
            switch (path) {
                case "/ok" -> answer(x, 200);
                case "/missing" -> answer(x, 404);
                case "/error" -> answer(x, 503);
                case "/no-head" -> answer(x, method.equals("HEAD") ? 405 : 200);
                case "/moved" -> {
                    x.getResponseHeaders().add("Location", base() + "/ok");
                    answer(x, 301);
                }
                case "/wait" -> {
                    int now = waiting.incrementAndGet();
                    maxWaiting.accumulateAndGet(now, Math::max);
                    shared.max.accumulateAndGet(shared.now.incrementAndGet(), Math::max);
                    try {
                        sleep(300);
                        answer(x, 200);
                    } finally {
                        waiting.decrementAndGet();
                        shared.now.decrementAndGet();
                    }
                }
                case "/slow" -> {
                    sleep(3000);
                    answer(x, 200);
                }
                default -> answer(x, 404);
            }
        }
    }

    private static void answer(HttpExchange x, int status) throws IOException {
        byte[] body = ("status " + status + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (x.getRequestMethod().equals("HEAD")) {
            x.sendResponseHeaders(status, -1);
        } else {
            x.sendResponseHeaders(status, body.length);
            x.getResponseBody().write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
