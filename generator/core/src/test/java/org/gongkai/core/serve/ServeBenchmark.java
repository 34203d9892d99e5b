package org.gongkai.core.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The serve benchmark (bench/serve-bench.sh runs it; not a test): starts the preview server on a generated site,
 * opens one item's page and its live-reload stream as a browser does, then edits the item's title again and again
 * and measures, for each edit, the time from writing the file to the first response of that page that shows the
 * new title, fetched when the stream announces a new version (as the page's script reloads). That span holds
 * everything an editor waits for: the file system event, the quiet period, the rebuild (load with reuse, check,
 * history, model, plan) and rendering the page.
 *
 * <p>The first edits run while the JIT compiler is still warming up; they are reported apart ("first edit") and
 * the steady state, which is what an editor working for a while sees, is measured over the edits after
 * {@code WARMUP}.
 *
 * <p>Usage: {@code ServeBenchmark CONTENT_DIR THEME_DIR [EDITS [WARMUP]]}; prints a Markdown table row to stdout
 * ({@code -Dbench.verbose=true}: every edit and the server's log on stderr).
 */
public final class ServeBenchmark {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath().normalize();
        Path theme = Path.of(args[1]);
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<String> log = new CopyOnWriteArrayList<>();
        ServeLog collect = new ServeLog() {
            @Override
            public void info(String line) {
                log.add(line);
            }

            @Override
            public void warn(String line) {
            }

            @Override
            public void error(String line) {
                System.err.println(line);
            }
        };
        long s0 = System.nanoTime();
        try (PreviewServer server = PreviewServer.start(ServeOptions.of(content, theme, 0).withLog(collect))) {
            long startMs = (System.nanoTime() - s0) / 1_000_000;
            Path item = firstItem(content);
            String rel = content.relativize(item).toString().replace('\\', '/');
            String url = server.url() + rel.substring(0, rel.length() - ".md".length()) + "/";
            HttpClient http = HttpClient.newHttpClient();
            String original = Files.readString(item, StandardCharsets.UTF_8);
            String title = original.lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7);
            fetch(http, url); // the page as an editor has it open before editing
            BlockingQueue<String> versions = new LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(server.url().resolve(PreviewPages.EVENTS_PATH)).build(),
                    HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().filter(l -> l.startsWith("data: ")).forEach(versions::add));
            versions.poll(10, TimeUnit.SECONDS); // the version the stream starts with
            List<Double> times = new ArrayList<>();
            try {
                for (int i = 1; i <= warmup + edits; i++) {
                    String next = title + "（修订" + i + "）";
                    String text = original.replace("title: " + title, "title: " + next);
                    long t0 = System.nanoTime();
                    Files.writeString(item, text, StandardCharsets.UTF_8);
                    do {
                        if (versions.poll(30, TimeUnit.SECONDS) == null) {
                            throw new IllegalStateException("no rebuild within 30 s of the edit");
                        }
                    } while (!fetch(http, url).contains(next));
                    times.add((System.nanoTime() - t0) / 1e6);
                    if (Boolean.getBoolean("bench.verbose")) {
                        System.err.printf(Locale.ROOT, "edit %d: %.0f ms; %s%n", i, times.get(times.size() - 1),
                                log.get(log.size() - 1).replaceAll(".*rebuilt in ", ""));
                    }
                    Thread.sleep(300); // two saves are never closer than this
                    versions.clear();
                }
            } finally {
                Files.writeString(item, original, StandardCharsets.UTF_8);
            }
            if (Boolean.getBoolean("bench.verbose")) {
                log.forEach(System.err::println);
                System.err.println(times);
            }
            double first = times.get(0);
            List<Double> steady = new ArrayList<>(times.subList(warmup, times.size()));
            Collections.sort(steady);
            String lastRebuild = log.stream().filter(l -> l.contains("预览已更新 rebuilt in ")).reduce((a, b) -> b).orElse("");
            System.out.printf(Locale.ROOT, "| %d | %d ms | %.0f ms | %d | %.0f ms | %.0f ms | %.0f ms | %s |%n",
                    countItems(content), startMs, first, edits, steady.get(steady.size() / 2), steady.get(0),
                    steady.get(steady.size() - 1), lastRebuild.replaceAll(".*rebuilt in ", "").replace("|", "/"));
        }
    }

    private static String fetch(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private static Path firstItem(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content.resolve("items"))) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static long countItems(Path content) throws IOException {
        try (Stream<Path> s = Files.walk(content.resolve("items"))) {
            return s.filter(p -> p.toString().endsWith(".md")).count();
        }
    }
}
