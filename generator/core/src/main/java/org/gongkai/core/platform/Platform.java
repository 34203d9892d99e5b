package org.gongkai.core.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.gongkai.core.Gongkai;
import org.gongkai.core.Progress;
import org.gongkai.core.content.Dates;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.model.BuildMode;

/**
 * A platform repository: {@code platform.yaml} and {@code sites/<id>/content} (each a whole site: site.yaml, catalog,
 * items), with a shared theme. {@link #build()} runs the engine on every site, {@code parallelism} at a time, each
 * into its own portal {@code <sitesOutput>/<id>/portal} (the engine's atomic write: on an error that site's
 * previous portal stays, and the other sites are built all the same), then writes the platform home into
 * {@code outputDir}: {@code index.html} listing the sites, {@code search/} the cross-site search page, and a link
 * {@code <id>} to each live portal, so that the platform is one folder to serve. Search indexes stay beside the
 * portals, outside the served folder.
 */
public final class Platform {
    private final Path platformDir;
    private final Path themeDir;
    private final Path outputDir;
    private final Path sitesOutput;
    private final Path reportDir;
    private final BuildMode mode;
    private final OffsetDateTime now;
    private final int parallelism;
    private final Optional<DiagnosticLanguage> language;
    private final Progress progress;

    private Platform(Builder b) {
        this.platformDir = Objects.requireNonNull(b.platformDir, "platformDir");
        this.themeDir = b.themeDir;
        this.mode = b.mode;
        String suffix = mode == BuildMode.INTERNAL ? "-internal" : "";
        Path target = platformDir.resolve("target");
        this.outputDir = b.outputDir != null ? b.outputDir : target.resolve("platform" + suffix);
        this.sitesOutput = b.sitesOutput != null ? b.sitesOutput
                : outputDir.toAbsolutePath().normalize().resolveSibling(outputDir.getFileName() + "-sites");
        this.reportDir = b.reportDir != null ? b.reportDir : target.resolve("gongkai").resolve("sites");
        this.now = b.now == null ? OffsetDateTime.now(Dates.CHINA) : b.now;
        this.parallelism = Math.max(1, b.parallelism);
        this.language = Optional.ofNullable(b.language);
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Path sitesDir() {
        return platformDir.resolve("sites");
    }

    public Path outputDir() {
        return outputDir;
    }

    /** The platform's settings (platform.yaml), with what was wrong with the file. */
    public PlatformConfig.Result config() {
        return PlatformConfig.read(platformDir.resolve("platform.yaml"));
    }

    /** The folders under sites/ in id order; those whose name is not a usable id are in {@code invalid}. */
    public record Layout(List<String> sites, List<String> invalid) {
    }

    public Layout layout() throws IOException {
        List<String> ok = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        if (!Files.isDirectory(sitesDir())) {
            return new Layout(List.of(), List.of());
        }
        try (Stream<Path> s = Files.list(sitesDir())) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                (SiteId.valid(name) && Files.isDirectory(p.resolve("content"), LinkOption.NOFOLLOW_LINKS) ? ok : bad).add(name);
            }
        }
        return new Layout(List.copyOf(ok), List.copyOf(bad));
    }

    /** Validates every site (no output); the models are what a build would publish. */
    public PlatformResult validate() throws IOException {
        return run(false);
    }

    /** Builds every site and the platform home. */
    public PlatformResult build() throws IOException {
        Objects.requireNonNull(themeDir, "themeDir");
        return run(true);
    }

    private PlatformResult run(boolean write) throws IOException {
        long start = System.nanoTime();
        PlatformConfig.Result config = config();
        Layout layout = layout();
        List<PlatformSite> sites = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, layout.sites().size())), r -> {
            Thread t = new Thread(r, "gongkai-site");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<PlatformSite>> futures = new ArrayList<>();
            for (String id : layout.sites()) {
                futures.add(pool.submit(() -> site(id, write)));
            }
            for (Future<PlatformSite> f : futures) {
                try {
                    sites.add(f.get());
                } catch (ExecutionException e) {
                    // The engine reports its own failures as diagnostics; what escapes is a bug of the platform.
                    throw new IllegalStateException("a site's build failed unexpectedly", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while the sites were being built", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        boolean homeWritten = false;
        if (write && config.problem().isEmpty() && !layout.sites().isEmpty()) {
            new PlatformHome(config.config(), themeDir, outputDir, mode).write(sites);
            homeWritten = true;
            progress.info("platform home → " + outputDir);
        }
        progress.info(String.format(Locale.ROOT, "platform: %d sites, %d failed, in %d ms", sites.size(),
                sites.stream().filter(s -> !s.ok()).count(), (System.nanoTime() - start) / 1_000_000));
        return new PlatformResult(config, layout, sites, homeWritten, outputDir);
    }

    private PlatformSite site(String id, boolean write) {
        Path content = sitesDir().resolve(id).resolve("content");
        Path portal = sitesOutput.resolve(id).resolve("portal");
        Path diagnostics = reportDir.resolve(id).resolve("diagnostics.json");
        Gongkai engine = Gongkai.builder()
                .contentDir(content)
                .themeDir(themeDir)
                .outputDir(portal)
                .mode(mode)
                .now(now)
                .diagnosticsFile(diagnostics)
                .diagnosticLanguage(language.orElse(null))
                .progress(line -> progress.info("[" + id + "] " + line))
                .build();
        Gongkai.Run run = write ? engine.buildModel() : engine.validateModel();
        boolean live = Files.isRegularFile(portal.resolve("index.html"));
        return new PlatformSite(id, content, portal, diagnostics, run, live);
    }

    /** Collects the settings of a run; every setting but the platform folder has a default. */
    public static final class Builder {
        private Path platformDir;
        private Path themeDir;
        private Path outputDir;
        private Path sitesOutput;
        private Path reportDir;
        private BuildMode mode = BuildMode.PUBLIC;
        private OffsetDateTime now;
        private int parallelism = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        private DiagnosticLanguage language;
        private Progress progress = Progress.silent();

        /** The platform's root: platform.yaml and sites/. */
        public Builder platformDir(Path p) {
            this.platformDir = p;
            return this;
        }

        public Builder themeDir(Path p) {
            this.themeDir = p;
            return this;
        }

        /** The platform's folder to serve (target/platform): the home, and a link to each site's portal. */
        public Builder outputDir(Path p) {
            this.outputDir = p;
            return this;
        }

        /** Where the sites' portals and search indexes are written (target/platform-sites). */
        public Builder sitesOutput(Path p) {
            this.sitesOutput = p;
            return this;
        }

        /** Where each site's diagnostics.json goes, as {@code <dir>/<id>/diagnostics.json}. */
        public Builder reportDir(Path p) {
            this.reportDir = p;
            return this;
        }

        public Builder mode(BuildMode m) {
            this.mode = m;
            return this;
        }

        public Builder now(OffsetDateTime t) {
            this.now = t;
            return this;
        }

        /** How many sites are built at a time. */
        public Builder parallelism(int n) {
            this.parallelism = n;
            return this;
        }

        public Builder diagnosticLanguage(DiagnosticLanguage l) {
            this.language = l;
            return this;
        }

        public Builder progress(Progress p) {
            this.progress = p;
            return this;
        }

        public Platform build() {
            return new Platform(this);
        }
    }
}
