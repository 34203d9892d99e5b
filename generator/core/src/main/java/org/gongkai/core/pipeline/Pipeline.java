package org.gongkai.core.pipeline;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.gongkai.core.Progress;
import org.gongkai.core.check.ContentChecker;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Dates;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.history.GitHistoryReader;
import org.gongkai.core.history.History;
import org.gongkai.core.load.ContentLoader;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.model.ModelBuilder;
import org.gongkai.core.model.SiteModel;

/**
 * The stages before rendering, wired once: load → check → history → model. The build, the preview, the review and
 * the link check each configure one (which portal, where history comes from, whether items are reused from an
 * earlier load, whether the checks run) and run it; none of them calls the stages by itself. Immutable and
 * thread-safe: a run keeps its state on the stack (an item cache given to it is the caller's to guard).
 */
public final class Pipeline {

    /** Where the model's dates of first publication come from. */
    @FunctionalInterface
    public interface HistorySource {
        History read(Path contentDir, Diagnostics diagnostics);
    }

    /** The git repository the content is in, read with JGit. */
    public static final HistorySource GIT = (dir, d) -> new GitHistoryReader(d).read(dir);

    /** No history: items without a {@code published} date are dated as in a repository without commits. */
    public static final HistorySource NO_HISTORY = (dir, d) -> History.none();

    /** How the checks run: not at all, before the rest, or on another core while history and model are made. */
    public enum Checks { NONE, FIRST, ALONGSIDE }

    /** What a run made, and the milliseconds each stage took (the checks' own time when they ran alongside). */
    public record Prepared(Content content, History history, SiteModel model, Timings timings) {
    }

    public record Timings(long load, long check, long history, long model) {
    }

    private final BuildMode mode;
    private final HistorySource history;
    private final Checks checks;
    private final Optional<String> baseUrl;
    private final Optional<ContentLoader.ItemCache> itemCache;
    private final Progress progress;

    private Pipeline(Builder b) {
        this.mode = b.mode;
        this.history = b.history;
        this.checks = b.checks;
        this.baseUrl = Optional.ofNullable(b.baseUrl);
        this.itemCache = Optional.ofNullable(b.itemCache);
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the stages on {@code contentDir} as of {@code now}, every problem into {@code diagnostics}. Empty when the
     * content cannot be loaded at all; otherwise the model, also when the checks found errors (callers decide what
     * errors stop: a build writes nothing, a review still compares).
     */
    public Optional<Prepared> run(Path contentDir, OffsetDateTime now, Diagnostics diagnostics) {
        long t0 = System.nanoTime();
        ContentLoader loader = new ContentLoader(diagnostics);
        Optional<Content> loaded = itemCache.map(loader::withItemCache).orElse(loader).load(contentDir);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        Content content = baseUrl.map(u -> loaded.get().withSite(loaded.get().site().withBaseUrl(u))).orElse(loaded.get());
        long load = ms(t0);
        progress.info(String.format(Locale.ROOT, "load: %d items, %d pages, %d organs, %d categories in %d ms",
                content.items().size(), content.pages().size(), content.site().organs().size(),
                content.catalog().all().size(), load));

        long t1 = System.nanoTime();
        long check = 0;
        CompletableFuture<Checked> alongside = null;
        if (checks == Checks.FIRST) {
            new ContentChecker(diagnostics).check(content, Dates.dayInChina(now));
            check = ms(t1);
            progress.info(String.format(Locale.ROOT, "check: %d errors, %d warnings in %d ms",
                    count(diagnostics, true), count(diagnostics, false), check));
        } else if (checks == Checks.ALONGSIDE) {
            // The checks only read the content and nothing below needs them until the end: on another core they
            // take the longest stage off the wait.
            alongside = CompletableFuture.supplyAsync(() -> check(content, now));
        }

        long t2 = System.nanoTime();
        History h = history.read(contentDir, diagnostics);
        long hist = ms(t2);
        progress.info(String.format(Locale.ROOT, "history: %s in %d ms", h.available() ? "git" : "no git repository", hist));

        long t3 = System.nanoTime();
        SiteModel model = new ModelBuilder(diagnostics).build(content, h, mode, now);
        long modelMs = ms(t3);
        progress.info(String.format(Locale.ROOT, "model: %d visible (%s build), %d listed in %d ms",
                model.visible().size(), mode.name().toLowerCase(Locale.ROOT), model.listed().size(), modelMs));

        if (alongside != null) {
            Checked c = alongside.join();
            c.diagnostics().forEach(diagnostics::add);
            check = c.millis();
        }
        return Optional.of(new Prepared(content, h, model, new Timings(load, check, hist, modelMs)));
    }

    private record Checked(List<Diagnostic> diagnostics, long millis) {
    }

    private static Checked check(Content content, OffsetDateTime now) {
        long t = System.nanoTime();
        Diagnostics own = new Diagnostics();
        new ContentChecker(own).check(content, Dates.dayInChina(now));
        return new Checked(own.sorted(), ms(t));
    }

    private static long count(Diagnostics d, boolean errors) {
        return d.sorted().stream().filter(x -> x.isError() == errors).count();
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    public static final class Builder {
        private BuildMode mode = BuildMode.PUBLIC;
        private HistorySource history = GIT;
        private Checks checks = Checks.FIRST;
        private String baseUrl;
        private ContentLoader.ItemCache itemCache;
        private Progress progress = Progress.silent();

        private Builder() {
        }

        /** Which portal the model is of. Default: the public one. */
        public Builder mode(BuildMode m) {
            this.mode = m;
            return this;
        }

        /** Default: {@link #GIT}. */
        public Builder history(HistorySource h) {
            this.history = h;
            return this;
        }

        /** Default: {@link Checks#FIRST}. */
        public Builder checks(Checks c) {
            this.checks = c;
            return this;
        }

        /** Replaces site.yaml's base-url (a preview on localhost, a staging host). */
        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        /** Items parsed by an earlier run, reused while their files are unchanged (the preview). */
        public Builder itemCache(ContentLoader.ItemCache cache) {
            this.itemCache = cache;
            return this;
        }

        public Builder progress(Progress p) {
            this.progress = p;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
