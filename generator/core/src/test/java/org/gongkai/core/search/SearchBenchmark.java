package org.gongkai.core.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.sun.net.httpserver.HttpServer;

/**
 * The search benchmark of bench/search-bench.sh (run on demand, not a test): serves a built portal on the loopback
 * interface as a static host would, and measures in headless Chromium what a cold one-word query downloads (every
 * byte the server sends after the search page is asked for, and what those files weigh gzipped) and the latency
 * of queries through {@code gongkai.search}. Prints one Markdown table row.
 *
 * <p>Usage: {@code SearchBenchmark PORTAL_DIR LABEL [QUERIES]}
 */
public final class SearchBenchmark {
    private static final AtomicLong BYTES = new AtomicLong();
    private static final AtomicLong GZIP = new AtomicLong();
    private static final AtomicLong FILES = new AtomicLong();
    /** Bytes of the search's own files (assets/search/, search/): the engine, its data, the result fragments. */
    private static final AtomicLong SEARCH = new AtomicLong();
    private static final AtomicLong SEARCH_GZIP = new AtomicLong();
    private static final List<String> PATHS = Collections.synchronizedList(new ArrayList<>());

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // TCP_NODELAY on the server's sockets, as static hosts (nginx, CDNs) set it: without it, the JDK's server
        // answers a second request on a kept-alive connection only after the client's delayed ACK (about 40 ms on
        // Linux loopback), which the first version of this benchmark measured as query latency.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path portal = Path.of(args[0]).toAbsolutePath();
        String label = args[1];
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<String> words = words(portal, queries, new Random(1));
        HttpServer server = serve(portal);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        try {
            // Cold one-word queries: a new browser profile each, so nothing is cached.
            List<long[]> cold = new ArrayList<>();
            for (String w : words.subList(0, 5)) {
                Path profile = Files.createTempDirectory("gongkai-bench");
                ChromeDriver b = start(profile);
                try {
                    reset();
                    b.get(base + "search/index.html?q=" + URLEncoder.encode(w, StandardCharsets.UTF_8));
                    waitForResults(b);
                    cold.add(new long[] {SEARCH.get(), SEARCH_GZIP.get(), BYTES.get(), GZIP.get(), FILES.get()});
                    System.err.printf(Locale.ROOT, "cold %s: search files %d bytes (%d gzipped); with the page %d bytes (%d gzipped), %d files: %s%n",
                            w, SEARCH.get(), SEARCH_GZIP.get(), BYTES.get(), GZIP.get(), FILES.get(), PATHS);
                } finally {
                    b.quit();
                }
            }
            // Latency: one page, many queries, each loading the shards it needs (the browser caches what it loaded).
            Path profile = Files.createTempDirectory("gongkai-bench");
            ChromeDriver b = start(profile);
            List<Double> ms = new ArrayList<>();
            try {
                b.get(base + "search/index.html");
                waitForResults(b);
                for (String w : words) {
                    Object r = b.executeAsyncScript("var done = arguments[arguments.length - 1], t = performance.now();"
                            + "gongkai.search(arguments[0]).then(function (r) { done(performance.now() - t); },"
                            + " function (e) { done(-1); });", w);
                    ms.add(((Number) r).doubleValue());
                }
            } finally {
                b.quit();
            }
            Collections.sort(ms);
            long[] median = cold.stream().sorted((x, y) -> Long.compare(x[0], y[0])).toList().get(cold.size() / 2);
            long[] max = cold.stream().max((x, y) -> Long.compare(x[0], y[0])).get();
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s (%s gz) | %s (%s gz) | %s (%s gz) | %.1f ms | %.1f ms | %.1f ms |%n",
                    label, kb(searchBytes(portal)), kb(htmlBytes(portal)), kb(median[0]), kb(median[1]), kb(max[0]), kb(max[1]),
                    kb(median[2]), kb(median[3]),
                    ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1));
        } finally {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, bytes >= 10L * 1024 * 1024 ? "%.0f MB" : bytes >= 1024 * 1024 ? "%.1f MB" : "%.1f KB",
                bytes >= 1024 * 1024 ? bytes / 1048576.0 : bytes / 1024.0);
    }

    private static void reset() {
        BYTES.set(0);
        GZIP.set(0);
        FILES.set(0);
        SEARCH.set(0);
        SEARCH_GZIP.set(0);
        PATHS.clear();
    }

    /** Two-character words of titles (what people type most), in a fixed random order. */
    static List<String> words(Path portal, int n, Random r) throws IOException {
        String json = Files.readString(portal.resolve("data/items.json"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        List<String> titles = new ArrayList<>();
        while (m.find()) {
            titles.add(m.group(1));
        }
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String t = titles.get(r.nextInt(titles.size())).replaceAll("[^\\p{IsHan}]", "");
            if (t.length() >= 2) {
                int i = r.nextInt(t.length() - 1);
                out.add(t.substring(i, i + 2));
            }
        }
        return out;
    }

    static long searchBytes(Path portal) throws IOException {
        try (Stream<Path> s = Files.walk(portal.resolve("search"))) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static long htmlBytes(Path portal) throws IOException {
        try (Stream<Path> s = Files.walk(portal, java.nio.file.FileVisitOption.FOLLOW_LINKS)) { // the portal is a link
            return s.filter(p -> p.toString().endsWith(".html")).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void waitForResults(ChromeDriver b) {
        new WebDriverWait(b, Duration.ofSeconds(60)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return !s.isEmpty() && !s.equals(d.findElement(By.id("search")).getAttribute("data-status-loading"));
        });
    }

    static HttpServer serve(Path dir) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            Path f = dir.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(f)) {
                f = f.resolve("index.html");
            }
            if (!f.startsWith(dir) || !Files.isRegularFile(f)) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            String name = f.getFileName().toString();
            ex.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8" : name.endsWith(".css") ? "text/css" : "application/octet-stream");
            byte[] body = Files.readAllBytes(f);
            long gz = gzip(body);
            BYTES.addAndGet(body.length);
            GZIP.addAndGet(gz);
            if (path.startsWith("/search/") || path.startsWith("/assets/search/")) {
                SEARCH.addAndGet(body.length);
                SEARCH_GZIP.addAndGet(gz);
            }
            FILES.incrementAndGet();
            PATHS.add(path);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        // Several requests at once, as a real static host serves a page's scripts in parallel.
        s.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        s.start();
        return s;
    }

    private static long gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
            g.write(b);
        }
        return bo.size();
    }

    private static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-gpu", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return d;
    }
}
