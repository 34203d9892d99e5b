package org.gongkai.core.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.render.PortalRenderer;

/**
 * The pipeline as the preview runs it, again on every change: load (reusing items parsed from unchanged files),
 * check (alongside the rest), history (read again only when HEAD moves), model in {@link BuildMode#PREVIEW}, and
 * the output plan of the portal, whose pages are produced only when a browser asks. A theme-only change keeps the
 * model. Used from one thread at a time.
 */
final class PreviewBuilder {

    /** One rebuild: the new site, or none when it failed (then {@code diagnostics} holds the errors). */
    record Attempt(Optional<RenderedSite> site, List<Diagnostic> diagnostics, String timings) {
        List<Diagnostic> errors() {
            return diagnostics.stream().filter(Diagnostic::isError).toList();
        }
    }

    private final Path contentDir;
    private final Path themeDir;
    private final Supplier<OffsetDateTime> now;
    private final Pipeline pipeline;
    private final ItemFileCache items = new ItemFileCache();
    private final HistoryCache history = new HistoryCache();
    /** The model of the last load without errors; null forces a load (first build, or the content was broken). */
    private SiteModel model;
    private List<Diagnostic> modelDiagnostics = List.of();

    PreviewBuilder(Path contentDir, Path themeDir, Supplier<OffsetDateTime> now, String baseUrl) {
        this.contentDir = contentDir;
        this.themeDir = themeDir;
        this.now = now;
        // Links of absolute pages (404, feeds) must lead back into the preview, not to the published portal.
        this.pipeline = Pipeline.builder().mode(BuildMode.PREVIEW).baseUrl(baseUrl).itemCache(items)
                .history(history::read).checks(Pipeline.Checks.ALONGSIDE).build();
    }

    /** Files the watcher saw change: their parsed items are dropped even if size and time look the same. */
    void forget(Collection<Path> changed, boolean everything) {
        if (everything) {
            items.clear();
        } else {
            items.evict(changed);
        }
    }

    /** {@code open}: pages to render before the new preview is announced (see {@link RecentPages}). */
    Attempt build(boolean contentChanged, List<String> open) {
        StringBuilder timings = new StringBuilder();
        if (!Files.isDirectory(themeDir.resolve("templates"))) {
            return failed(List.of(), Code.NO_THEME, themeDir.toString(), timings);
        }
        if (!contentChanged && model != null) {
            long t = System.nanoTime();
            Rendered r = render(model, open);
            timings.append(String.format(Locale.ROOT, "theme only: plan+pages %d ms", ms(t)));
            return r.site().map(s -> new Attempt(Optional.of(s), modelDiagnostics, timings.toString()))
                    .orElseGet(() -> failed(modelDiagnostics, Code.THEME, r.problem(), timings));
        }
        Diagnostics d = new Diagnostics();
        long t0 = System.nanoTime();
        OffsetDateTime at = now.get();
        items.begin();
        Optional<Pipeline.Prepared> prepared = pipeline.run(contentDir, at, d);
        items.end();
        if (prepared.isEmpty()) {
            timings.append(String.format(Locale.ROOT, "load %d ms (%d files parsed, %d reused)", ms(t0), items.misses(),
                    items.hits()));
            model = null;
            modelDiagnostics = d.sorted();
            return new Attempt(Optional.empty(), modelDiagnostics, timings.toString());
        }
        SiteModel candidate = prepared.get().model();
        long t3 = System.nanoTime();
        Rendered r = d.hasErrors() ? new Rendered(Optional.empty(), "") : render(candidate, open);
        long t4 = System.nanoTime();
        Pipeline.Timings t = prepared.get().timings();
        timings.append(String.format(Locale.ROOT, "load %d ms (%d files parsed, %d reused), check %d ms (alongside), "
                + "history %d ms, model %d ms, plan+pages %d ms, all %d ms", t.load(), items.misses(), items.hits(),
                t.check(), t.history(), t.model(), (t4 - t3) / 1_000_000, ms(t0)));
        List<Diagnostic> all = d.sorted();
        if (d.hasErrors()) {
            model = null; // the next change, even to the theme only, loads again
            modelDiagnostics = all;
            return new Attempt(Optional.empty(), all, timings.toString());
        }
        model = candidate; // the content is fine: a theme fix that follows renders this model without loading again
        modelDiagnostics = all;
        if (r.site().isEmpty()) {
            return failed(all, Code.THEME, r.problem(), timings);
        }
        return new Attempt(r.site(), all, timings.toString());
    }

    /** A site, or why the theme could not render it. */
    private record Rendered(Optional<RenderedSite> site, String problem) {
    }

    private Rendered render(SiteModel m, List<String> open) {
        try {
            RenderedSite site = new RenderedSite(new PortalRenderer(m, themeDir).plan(), m);
            // The home page and the open pages now: a broken template shows as an error here, while the last
            // good preview is still served, and the reload that follows finds the pages ready.
            site.bytes(org.gongkai.core.model.PortalLayout.file(org.gongkai.core.model.PortalLayout.HOME));
            for (String page : open) {
                site.bytes(page);
            }
            return new Rendered(Optional.of(site), "");
        } catch (IOException | UncheckedIOException e) {
            return new Rendered(Optional.empty(), "cannot read the theme: " + e.getMessage());
        } catch (RuntimeException e) { // ThemeException and renderer bugs: shown, never fatal for the server
            return new Rendered(Optional.empty(), String.valueOf(e.getMessage()));
        }
    }

    /** A rebuild that threw: a bug, shown as an error so that the last good preview stays. */
    static Attempt crashed(RuntimeException e) {
        Diagnostics d = new Diagnostics();
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        d.add(Code.INTERNAL_ERROR, SourcePosition.site(), cause);
        return new Attempt(Optional.empty(), d.sorted(), "failed");
    }

    private Attempt failed(List<Diagnostic> others, Code code, String message, StringBuilder timings) {
        Diagnostics d = new Diagnostics();
        others.forEach(d::add);
        d.add(code, SourcePosition.site(), message);
        return new Attempt(Optional.empty(), d.sorted(), timings.toString());
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
