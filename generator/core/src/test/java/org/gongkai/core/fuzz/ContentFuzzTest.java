package org.gongkai.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.check.ContentChecker;
import org.gongkai.core.content.Content;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.history.History;
import org.gongkai.core.load.ContentLoader;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.model.ModelBuilder;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.OutputPlan;
import org.gongkai.core.render.PortalRenderer;
import org.gongkai.core.search.SearchDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation of real items (the demo portal's and the fixtures'): every input goes through load, check,
 * model, the rendering of every page and the search documents, and every 25th through a whole build to disk. No
 * input may throw, and none may take more than a second of CPU per 100 KB (at least a second; a whole build gets
 * four more for its fixed work), nor five times that on the clock. A short run is part of
 * every {@code mvn verify}; a long one on demand:
 * {@code mvn -pl generator/core -am verify -Dit.test=ContentFuzzTest -Dgongkai.fuzz.count=20000 -Dgongkai.fuzz.seed=7}
 * (bench/fuzz.sh). Inputs per second and the count are printed and written to target/fuzz-report.txt; an input
 * that fails is kept in target/fuzz-failures/.
 */
class ContentFuzzTest {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int COUNT = Integer.getInteger("gongkai.fuzz.count", 400);
    private static final long SEED = Long.getLong("gongkai.fuzz.seed", 20261201L);
    private static final String FILE = "items/gov/2026/fuzz.md";

    @Test
    void noInputCrashesOrRunsLong(@TempDir Path tmp) throws Exception {
        List<String> seeds = seeds();
        Mutator mutator = new Mutator(SEED, seeds);
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        site.item("fin/2026/budget.md", """
                title: 2026年部门预算
                organ: fin
                category: budget
                written: 2026-03-02
                published: 2026-03-03
                """, "预算总额100万元。\n");
        Path item = site.content().resolve(FILE);
        Files.createDirectories(item.getParent());
        List<String> failures = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true); // a hung input must not keep the test JVM alive
            return t;
        });
        long start = System.nanoTime();
        long bytes = 0;
        long slowest = 0;
        int run = 0;
        try {
            for (; run < COUNT && failures.size() < 5; run++) {
                byte[] input = mutator.next();
                bytes += input.length;
                Files.write(item, input);
                boolean full = run % 25 == 0;
                // A second per 100 KB (at least one) for the stages; a whole build to disk also writes and indexes
                // the fixture's other pages, which is the same fixed work for every input.
                long budget = (full ? 4000 : 0) + Math.max(1000, input.length / 100_000 * 1000L + 1000);
                // The budget is the worker's CPU time, which other work on the machine does not stretch; a hang is
                // still found by the clock, at five times the budget.
                long[] cpuNanos = new long[1];
                Future<Optional<Throwable>> f = worker.submit(() -> {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    try {
                        return once(site, full);
                    } finally {
                        cpuNanos[0] = THREADS.getCurrentThreadCpuTime() - c0;
                    }
                });
                Optional<Throwable> crash;
                try {
                    crash = f.get(budget * 5, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    crash = Optional.of(new AssertionError("still running after " + budget * 5 + " ms"));
                }
                long ms = cpuNanos[0] / 1_000_000;
                slowest = Math.max(slowest, ms);
                if (crash.isEmpty() && ms > budget) {
                    crash = Optional.of(new AssertionError("took " + ms + " ms of CPU for " + input.length + " bytes"));
                }
                if (crash.isPresent()) {
                    failures.add(keep(run, input, crash.get()));
                    if (crash.get() instanceof AssertionError && crash.get().getMessage().startsWith("still running")) {
                        break; // the worker is stuck; later inputs would only queue behind it
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String report = String.format(Locale.ROOT, "fuzz: %d inputs (%d KB) in %.1f s = %.0f inputs/s, slowest %d ms CPU, "
                + "seed %d, %d failures%n", run, bytes / 1024, seconds, run / seconds, slowest, SEED, failures.size());
        System.out.print(report);
        Files.writeString(Path.of("target/fuzz-report.txt"), report + String.join("\n", failures));
        assertThat(failures).as(report).isEmpty();
        assertThat(run).isEqualTo(COUNT);
    }

    /** The pipeline on the site as it stands; a Throwable escaping any stage is what the test looks for. */
    private static Optional<Throwable> once(FixtureSite site, boolean full) {
        try {
            if (full) {
                BuildResult r = site.build();
                if (r.diagnostics().stream().anyMatch(d -> d.code().id().equals("internal-error"))) {
                    return Optional.of(new AssertionError("internal-error: " + r.diagnostics()));
                }
                return Optional.empty();
            }
            Diagnostics d = new Diagnostics();
            Optional<Content> content = new ContentLoader(d).load(site.content());
            if (content.isEmpty()) {
                return Optional.empty();
            }
            new ContentChecker(d).check(content.get(), FixtureSite.NOW.toLocalDate());
            SiteModel model = new ModelBuilder(d).build(content.get(), History.none(), BuildMode.PREVIEW, FixtureSite.NOW);
            if (d.hasErrors()) {
                return Optional.empty();
            }
            OutputPlan plan = new PortalRenderer(model, FixtureSite.theme()).plan();
            plan.files().stream().filter(OutputPlan.OutputFile::isPage).forEach(OutputPlan.OutputFile::bytes);
            SearchDocuments.of(model);
            return Optional.empty();
        } catch (Throwable t) { // the point: nothing may escape, not even an Error
            return Optional.of(t);
        }
    }

    private static String keep(int run, byte[] input, Throwable t) {
        try {
            Path dir = Files.createDirectories(Path.of("target/fuzz-failures"));
            Files.write(dir.resolve("input-" + run + ".md"), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.io.StringWriter trace = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(trace));
        List<String> lines = trace.toString().lines().toList();
        // The top says what failed, the frames nearest the test say which stage called it.
        List<String> shown = lines.size() <= 24 ? lines : Stream.concat(lines.subList(0, 8).stream(),
                Stream.concat(Stream.of("\t..."), lines.stream().filter(l -> l.contains("org.gongkai")).limit(8))).toList();
        String head = String.join("\n", shown) + "\n";
        return "input " + run + " (target/fuzz-failures/input-" + run + ".md): " + head;
    }

    /** The demo portal's items, and two small ones of the fixture, as the material to mutate. */
    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        Path demo = FixtureSite.theme().resolve("../../content/items").normalize();
        if (Files.isDirectory(demo)) {
            try (Stream<Path> s = Files.walk(demo)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    seeds.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        seeds.add("---\ntitle: 关于做好防汛工作的通知\norgan: gov\ncategory: regulation\nwritten: 2026-03-02\n"
                + "published: 2026-03-03\nkeywords: [防汛, 应急]\nattachments:\n  - file: attachments/x.pdf\n---\n"
                + "# 一、总体要求\n\n各乡镇：\n\n| 项目 | 金额 |\n|---|---:|\n| 防汛 | 10 |\n\n> 引用[^1]\n\n[^1]: 脚注\n");
        seeds.add("---\ntitle: 河东村财务公开\norgan: vil\ncategory: village\nwritten: 2026-03-02\n"
                + "notice-period: {from: 2026-03-03, to: 2026-03-10}\nwithdrawn: {date: 2026-04-01, reason: 更正}\n---\n正文。\n");
        assertThat(seeds).hasSizeGreaterThan(10);
        return seeds;
    }
}
