package org.gongkai.core.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.internal.Folders;

/**
 * {@code gongkai:serve}: a preview of the portal on 127.0.0.1, drafts and scheduled items included and marked.
 * Watches the content and the theme, rebuilds on a change (cheaply: see {@link PreviewBuilder}), and makes open
 * pages reload. A rebuild with errors keeps the last good preview and shows the errors on every page.
 * {@link #start} returns once the first build is done; {@link #close} stops everything. What a misbehaving client
 * may take (threads, streams, time to send a request) is bounded: see {@link ServerLimits}.
 */
public final class PreviewServer implements AutoCloseable {
    /**
     * The classes {@link #close} uses that nothing may have loaded before it, loaded here, with this class, at start.
     * gongkai:serve calls close() from a JVM shutdown hook (Ctrl-C), and Maven may have closed the plugin's class
     * realm by then: a closed class loader still runs the classes it has loaded but loads no new one, so the first
     * use of a class in close() would throw NoClassDefFoundError, print its stack trace and leave the temp folders
     * behind. (The JDK's own classes come from the JDK's loaders and are not affected.) Everything else close()
     * calls is loaded by start, and close() makes no lambdas; PreviewShutdownTest closes the loader to check.
     */
    private static final List<Class<?>> USED_ONLY_BY_CLOSE = List.of(Folders.class);
    /** How long close() waits for request threads to end before deleting the search indexes they may be writing. */
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final ServeOptions options;
    private final Path contentDir;
    private final Path themeDir;
    private final HttpServer http;
    private final RequestThreads executor;
    private final LiveReload liveReload;
    private final PreviewBuilder builder;
    private final ContentWatcher watcher;
    /** Lucene indexes of preview builds, made on the first search of each build; deleted on close. */
    private final Path searchIndexes;
    /** Differs between runs, so that a page left open over a restart reloads too. */
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    /** Counted down when close() has done everything: a caller waiting in awaitClose() goes on only then. */
    private final CountDownLatch closed = new CountDownLatch(1);
    private final RecentPages recent = new RecentPages();
    private final Object rebuildLock = new Object();
    private volatile SiteHandler.State state;
    /** Set by the first close(); guarded by rebuildLock, so that no rebuild starts after it. */
    private boolean closing;
    private int generation;
    private Set<String> reportedWarnings = Set.of();

    private PreviewServer(ServeOptions options) throws IOException {
        this.options = options;
        this.contentDir = options.contentDir().toAbsolutePath().normalize();
        this.themeDir = options.themeDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(contentDir)) {
            throw new NoSuchFileException(contentDir.toString(), null, "the content folder does not exist");
        }
        if (!Files.isDirectory(themeDir)) {
            throw new NoSuchFileException(themeDir.toString(), null, "the theme folder does not exist");
        }
        ServerLimits.configureJdkServer(); // before the JVM's first HttpServer: see there
        // Loopback only: a preview shows drafts and must never be reachable from the network.
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port()), 0);
        this.executor = ServerLimits.executor();
        String version = nextVersion();
        this.state = new SiteHandler.State(version, null, List.of());
        this.liveReload = new LiveReload(version);
        this.builder = new PreviewBuilder(contentDir, themeDir, this::now, url().toString());
        this.searchIndexes = Files.createTempDirectory("gongkai-serve-search-");
        try {
            this.watcher = new ContentWatcher(List.of(contentDir, themeDir), options.quietMillis(), this::changed,
                    options.log());
        } catch (IOException | RuntimeException | Error e) {
            http.stop(0); // bound but never started: free the port
            executor.shutdownNow();
            try {
                Folders.delete(searchIndexes);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** Binds the port, builds the preview, starts watching; the preview is ready when this returns. */
    public static PreviewServer start(ServeOptions options) throws IOException {
        PreviewServer s = new PreviewServer(options);
        try {
            s.rebuild(true, "首次生成 first build");
            ServeLog log = options.log();
            s.http.createContext(PreviewPages.EVENTS_PATH, new Guarded(s.liveReload, false, log, s.executor));
            s.http.createContext(PreviewPages.WORKER_PATH, new Guarded(LiveReload::worker, false, log, s.executor));
            s.http.createContext(SearchApi.PATH, new Guarded(new SearchApi(() -> s.state, s.searchIndexes, s.port()),
                    true, log, s.executor));
            s.http.createContext("/", new Guarded(new SiteHandler(() -> s.state, s.port(), s.recent, log), false,
                    log, s.executor));
            s.http.setExecutor(s.executor);
            s.http.start();
            s.watcher.start();
        } catch (RuntimeException | Error e) {
            // An Error too (a plugin whose core jar is of another version throws NoClassDefFoundError here): the
            // temp folders must not outlive a preview that never started.
            s.close();
            throw e;
        }
        options.log().info("预览 " + s.contentDir + "：" + s.url() + "（含草稿和定时发布的信息；按 Ctrl-C 停止）"
                + " Preview at " + s.url() + " (drafts and scheduled items included; Ctrl-C stops it)");
        return s;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Changes with every rebuild; pages carry the version they were served with. */
    public String version() {
        return state.version();
    }

    /** Errors of the latest rebuild; empty when the preview is up to date. */
    public List<Diagnostic> errors() {
        return state.errors();
    }

    private OffsetDateTime now() {
        return options.now().orElseGet(() -> OffsetDateTime.now(org.gongkai.core.content.Dates.CHINA));
    }

    private String nextVersion() {
        return runId + "." + (++generation);
    }

    private void changed(Set<Path> paths, boolean everything) {
        boolean content = everything || paths.stream().anyMatch(p -> !p.startsWith(themeDir) || p.startsWith(contentDir));
        builder.forget(paths, everything);
        String what = everything ? "多个文件 many files" : paths.size() == 1 ? contentRelative(paths.iterator().next())
                : paths.size() + " files";
        rebuild(content, what);
    }

    /** "content/items/x.md", "themes/default/templates/item.peb": relative to the folder holding both. */
    private String contentRelative(Path p) {
        Path base = contentDir.getParent();
        while (base != null && !themeDir.startsWith(base)) {
            base = base.getParent();
        }
        return base == null ? p.toString() : base.relativize(p).toString().replace('\\', '/');
    }

    private void rebuild(boolean contentChanged, String cause) {
        synchronized (rebuildLock) {
            if (closing) {
                return;
            }
            long t = System.nanoTime();
            PreviewBuilder.Attempt a;
            try {
                a = builder.build(contentChanged, recent.list());
            } catch (RuntimeException e) { // a bug in a stage: report it like a content error, keep serving
                a = PreviewBuilder.crashed(e);
            }
            long ms = (System.nanoTime() - t) / 1_000_000;
            List<Diagnostic> shown = a.diagnostics().stream().map(this::fromProjectFolder).toList();
            List<Diagnostic> errors = shown.stream().filter(Diagnostic::isError).toList();
            SiteHandler.State previous = state;
            state = new SiteHandler.State(nextVersion(), a.site().orElse(previous.site()), errors);
            report(shown, a, cause, ms);
            liveReload.publish(state.version());
        }
    }

    /** Errors every time; warnings only when new, so that saving a file does not repeat the same hundred lines. */
    private void report(List<Diagnostic> shown, PreviewBuilder.Attempt a, String cause, long ms) {
        ServeLog log = options.log();
        Set<String> warnings = new HashSet<>();
        for (Diagnostic d : shown) {
            String line = d.format();
            if (d.isError()) {
                log.error(line);
            } else if (warnings.add(line) && !reportedWarnings.contains(line)) {
                log.warn(line);
            }
        }
        reportedWarnings = warnings;
        long errors = a.errors().size();
        // Chinese first, as every line an editor reads; the English after it is what bench/serve-bench.sh reads.
        String outcome = a.site().isPresent() ? "预览已更新 rebuilt"
                : "预览未更新（" + errors + " 个错误；" + (state.site() == null ? "改正后保存即可" : "仍显示上一次成功的预览")
                + "）NOT rebuilt";
        log.info(String.format(Locale.ROOT, "%s：%s in %d ms [%s]，%d 个警告", cause, outcome, ms, a.timings(),
                warnings.size()));
    }

    /** "items/x.md" → "content/items/x.md": the path as the editor sees it from the project folder. */
    private Diagnostic fromProjectFolder(Diagnostic d) {
        if (d.file().isEmpty() || contentDir.getFileName() == null) {
            return d;
        }
        return new Diagnostic(d.code(), contentDir.getFileName() + "/" + d.file(), d.line(), d.column(), d.args());
    }

    /**
     * Blocks until {@link #close} has finished (the Maven goal waits here until Ctrl-C): the server has stopped and
     * its temp folders are gone when this returns.
     */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops serving, watching and every live-reload stream, removes the temp folders and says so in one line; safe
     * to call twice, and from a shutdown hook (see {@link #USED_ONLY_BY_CLOSE}).
     */
    @Override
    public void close() {
        synchronized (rebuildLock) { // waits for a rebuild under way; none starts after this
            if (closing) {
                return;
            }
            closing = true;
        }
        ServeLog log = options.log();
        liveReload.close();
        try {
            watcher.close();
        } catch (IOException e) {
            log.warn("gongkai:serve: closing the watcher: " + e.getMessage());
        }
        http.stop(0);
        executor.shutdownNow();
        try {
            // A search may be writing an index into the folder: let it end (it has been interrupted) first.
            executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Folders.delete(searchIndexes);
        } catch (IOException e) {
            log.warn("gongkai:serve: removing " + searchIndexes + ": " + e);
        }
        log.info("预览已停止 Preview stopped");
        closed.countDown();
    }
}
