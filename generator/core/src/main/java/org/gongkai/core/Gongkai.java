package org.gongkai.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.gongkai.core.compliance.ComplianceJson;
import org.gongkai.core.compliance.ComplianceReport;
import org.gongkai.core.content.Dates;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.diagnostic.DiagnosticsJson;
import org.gongkai.core.diagnostic.Phrase;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.OutputPlan;
import org.gongkai.core.render.PortalRenderer;
import org.gongkai.core.render.ThemeException;
import org.gongkai.core.search.SearchOutputs;
import org.gongkai.core.write.OutputTree;
import org.gongkai.core.write.WriteFailure;
import org.gongkai.core.write.WriteListener;

/**
 * The engine: load → check → history → model → render → write. Built once with {@link #builder()}, immutable,
 * and safe to run again. Problems come back as diagnostics, never as exceptions; on any error nothing is written.
 */
public final class Gongkai {
    private final Path contentDir;
    private final Path themeDir;
    private final Path outputDir;
    private final BuildMode mode;
    private final Optional<String> baseUrl;
    private final OffsetDateTime now;
    private final Optional<Path> diagnosticsFile;
    private final Progress progress;
    /** Empty: the site's own language (site.yaml), Chinese when there is none. */
    private final Optional<DiagnosticLanguage> language;
    private final WriteListener writeListener;

    private Gongkai(Builder b) {
        this.contentDir = Objects.requireNonNull(b.contentDir, "contentDir");
        this.themeDir = b.themeDir;
        this.outputDir = b.outputDir;
        this.mode = b.mode;
        this.baseUrl = Optional.ofNullable(b.baseUrl).filter(s -> !s.isBlank());
        this.now = b.now == null ? OffsetDateTime.now(Dates.CHINA) : b.now;
        this.diagnosticsFile = Optional.ofNullable(b.diagnosticsFile);
        this.progress = b.progress;
        this.language = Optional.ofNullable(b.language);
        this.writeListener = b.writeListener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Loads and checks the content (and its history and model, which find their own problems); writes nothing. */
    public BuildResult validate() {
        return validateModel().result();
    }

    /**
     * A run's result with the site model it decided from: what is public now, as the portal shows it. Other outputs
     * of a build (SolrCloud, a platform's home) take their items from this model and never decide it again. The
     * model is empty when the content could not be read; it may be present with errors in the result.
     */
    public record Run(BuildResult result, Optional<SiteModel> model) {
    }

    /** {@link #validate()} with the model. */
    public Run validateModel() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteModel> model;
        try {
            model = prepare(diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            return new Run(internalError(diagnostics, e, Optional.empty()), Optional.empty());
        } catch (OutOfMemoryError e) {
            return new Run(outOfMemory(diagnostics, e, Optional.empty()), Optional.empty());
        }
        return new Run(finish(diagnostics, false, model.map(m -> m.visible().size()).orElse(0), 0, model), model);
    }

    /** The whole pipeline into the output folder. */
    public BuildResult build() {
        return buildModel().result();
    }

    /** {@link #build()} with the model it published from. */
    public Run buildModel() {
        Objects.requireNonNull(themeDir, "themeDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Diagnostics diagnostics = new Diagnostics();
        Optional<SiteModel> model;
        try {
            model = prepare(diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            return new Run(internalError(diagnostics, e, Optional.empty()), Optional.empty());
        } catch (OutOfMemoryError e) {
            return new Run(outOfMemory(diagnostics, e, Optional.empty()), Optional.empty());
        }
        if (model.isEmpty() || diagnostics.hasErrors()) {
            progress.detail("Not written: the content has errors; " + outputDir + " is unchanged.");
            return new Run(finish(diagnostics, false, 0, 0, model), model);
        }
        if (!Files.isDirectory(themeDir.resolve("templates"))) {
            diagnostics.add(Code.NO_THEME, SourcePosition.site(), themeDir);
            return new Run(finish(diagnostics, false, 0, 0, model), model);
        }
        long start = System.nanoTime();
        int pages;
        try (OutputTree out = OutputTree.open(outputDir, SearchOutputs.indexDirFor(outputDir), writeListener)) {
            ComplianceReport compliance = ComplianceReport.of(model.get(), diagnostics.sorted(), languageFor(model));
            OutputPlan plan = new PortalRenderer(model.get(), compliance, themeDir).plan();
            // The search stage: a Lucene index beside the portal (never in it), its static export under search/;
            // the index goes live with the portal, in the same commit. It runs on a thread of its own while the
            // pages are rendered and written: the export's serial parts would otherwise leave a core idle.
            List<OutputPlan.OutputFile> portal = List.copyOf(plan.files());
            // The export's files go to the version folder as they are made (the layout reserves search/ for them; the
            // tree refuses a second file on one path).
            SearchOutputs.Running search = SearchOutputs.start(model.get(), out.searchIndexDir(), out::write);
            try {
                writeAll(portal, out);
                // The two run side by side: which one the build waited for is what to speed up.
                progress.stage(languageFor(model), ms(start), "pages: " + portal.size() + " files written",
                        "写出页面：" + portal.size() + " 个文件");
            } catch (RuntimeException | Error e) {
                // Joined also when a page failed (that failure is the one reported): the index is being written
                // inside the version folder that closing the tree drops.
                try {
                    search.await();
                } catch (IOException | RuntimeException | Error s) {
                    e.addSuppressed(s);
                }
                throw e;
            }
            search.await();
            progress.stage(languageFor(model), ms(start), "search: index and export written",
                    "写出搜索索引和检索文件");
            pages = (int) plan.pageCount();
            out.commit();
        } catch (ThemeException e) {
            diagnostics.add(Code.THEME, SourcePosition.site(), e.getMessage());
            return new Run(finish(diagnostics, false, 0, 0, model), model);
        } catch (IOException | UncheckedIOException e) {
            WriteFailure failure = WriteFailure.of(e);
            diagnostics.add(Code.WRITE_FAILED, SourcePosition.site(), failure.file().orElse(outputDir.toString()),
                    failure.reason(), Phrase.hint(failure.kind(), outputDir));
            return new Run(finish(diagnostics, false, 0, 0, model), model);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug (the model rules out every clash of paths; OutputPlan's check stays as the guard) or a theme
            // that recurses without end. The version folder is already dropped: the live portal is untouched.
            return new Run(internalError(diagnostics, e, model), model);
        } catch (OutOfMemoryError e) {
            // A site too large for the heap Maven was given: the version folder is dropped, as above.
            return new Run(outOfMemory(diagnostics, e, model), model);
        }
        progress.stage(languageFor(model), ms(start),
                String.format(java.util.Locale.ROOT, "render+write: %d pages → %s", pages, outputDir),
                "生成并写出 " + pages + " 个页面");
        return new Run(finish(diagnostics, true, model.get().visible().size(), pages, model), model);
    }

    /**
     * Produces and writes every file in parallel, and returns (or throws the first failure, in the plan's order)
     * only once every worker is done: a parallel forEach throws as soon as one file fails while others are still
     * being written, and they would then write into the version folder as it is being removed.
     */
    private static void writeAll(List<OutputPlan.OutputFile> files, OutputTree out) {
        Optional<Throwable> failed = org.gongkai.core.internal.Workers.each(files,
                org.gongkai.core.internal.Workers.cores(), "gongkai-pages", f -> out.write(f.path(), f.bytes()));
        if (failed.isPresent()) {
            if (failed.get() instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) failed.get();
        }
    }

    /** Validate and build never throw: what escapes a stage is a bug, reported as one line with where it was thrown. */
    private BuildResult internalError(Diagnostics diagnostics, Throwable e, Optional<SiteModel> model) {
        diagnostics.add(Code.INTERNAL_ERROR, SourcePosition.site(), describe(e));
        // The diagnostic says what happened and the summary line that nothing was written: a detail is enough.
        progress.detail(outputDir == null ? "Internal error." : "Not written: internal error; " + outputDir + " is unchanged.");
        return finish(diagnostics, false, 0, 0, model);
    }

    /**
     * The heap ran out: what was being built is dropped (the portal is unchanged) and the error says how much heap
     * there was and how to give more. The memory the failed stage held is garbage by now.
     */
    private BuildResult outOfMemory(Diagnostics diagnostics, OutOfMemoryError e, Optional<SiteModel> model) {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        diagnostics.add(Code.OUT_OF_MEMORY, SourcePosition.site(), String.valueOf(mb),
                String.valueOf(Math.max(1024, Math.round(mb * 2 / 1024.0) * 1024)));
        // Where it ran out (the first frame of ours), for whoever sizes the heap or looks into a site too large.
        String where = describe(e);
        progress.detail(outputDir == null ? "Out of memory (" + where + ")."
                : "Not written: out of memory (" + where + "); " + outputDir + " is unchanged.");
        return finish(diagnostics, false, 0, 0, model);
    }

    /** "java.lang.IllegalStateException: … at org.gongkai.core.render.OutputPlan.add(OutputPlan.java:66)". */
    static String describe(Throwable e) {
        // A parallel stream rethrows a worker's exception as a new one of the same type, caused by the original:
        // the original says where it was thrown.
        Throwable origin = e;
        while (origin.getCause() != null && origin.getCause().getClass() == origin.getClass()) {
            origin = origin.getCause();
        }
        Throwable thrown = origin;
        return java.util.Arrays.stream(thrown.getStackTrace())
                .filter(f -> f.getClassName().startsWith("org.gongkai."))
                .findFirst()
                .map(f -> thrown + " at " + f)
                .orElse(thrown.toString());
    }

    private Optional<SiteModel> prepare(Diagnostics diagnostics) {
        // The checks only read the content: on another core while history and model are made, as in the preview.
        // Their errors are in the diagnostics before anything is written.
        org.gongkai.core.pipeline.Pipeline.Builder p = org.gongkai.core.pipeline.Pipeline.builder().mode(mode)
                .checks(org.gongkai.core.pipeline.Pipeline.Checks.ALONGSIDE).progress(progress);
        baseUrl.ifPresent(p::baseUrl);
        language.ifPresent(p::language);
        return p.build().run(contentDir, now, diagnostics).map(org.gongkai.core.pipeline.Pipeline.Prepared::model);
    }

    /** Items published after {@code now}: validate lists them so that approvers see what goes out when. */
    private List<String> scheduled(Optional<SiteModel> model) {
        if (model.isEmpty()) {
            return List.of();
        }
        return model.get().content().items().stream()
                .filter(i -> i.published().isPresent() && i.published().get().isAfter(now))
                .sorted(java.util.Comparator.comparing((org.gongkai.core.content.Item i) -> i.published().get()).thenComparing(i -> i.file()))
                .map(i -> i.published().get() + "  " + i.file() + "  " + i.title())
                .toList();
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The language asked for, else the site's own, else Chinese. */
    private DiagnosticLanguage languageFor(Optional<SiteModel> model) {
        return this.language.orElseGet(() -> model
                .map(m -> DiagnosticLanguage.of(m.content().site().language().tag()).orElse(DiagnosticLanguage.DEFAULT))
                .orElse(DiagnosticLanguage.DEFAULT));
    }

    private BuildResult finish(Diagnostics diagnostics, boolean written, int items, int pages, Optional<SiteModel> model) {
        List<Diagnostic> all = diagnostics.sorted();
        DiagnosticLanguage language = languageFor(model);
        diagnosticsFile.ifPresent(f -> writeQuietly(f, DiagnosticsJson.write(all, language)));
        // Beside the diagnostics, for CI and 考核: the compliance report of the content as it stands.
        diagnosticsFile.filter(f -> model.isPresent()).ifPresent(f -> writeQuietly(f.resolveSibling("compliance.json"),
                ComplianceJson.write(ComplianceReport.of(model.get(), all, language))));
        return new BuildResult(all, written, outputDir, items, pages, scheduled(model), language);
    }

    private void writeQuietly(Path f, String text) {
        try {
            Files.createDirectories(f.toAbsolutePath().getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            progress.info("无法写出 " + f + "：" + e.getMessage() + " (could not write it)");
        }
    }

    /** Collects the settings of a run; every setting but the content folder has a default. */
    public static final class Builder {
        private Path contentDir;
        private Path themeDir;
        private Path outputDir;
        private BuildMode mode = BuildMode.PUBLIC;
        private String baseUrl;
        private OffsetDateTime now;
        private Path diagnosticsFile;
        private Progress progress = Progress.silent();
        private DiagnosticLanguage language;
        private WriteListener writeListener = WriteListener.none();

        public Builder contentDir(Path p) {
            this.contentDir = p;
            return this;
        }

        public Builder themeDir(Path p) {
            this.themeDir = p;
            return this;
        }

        public Builder outputDir(Path p) {
            this.outputDir = p;
            return this;
        }

        public Builder mode(BuildMode m) {
            this.mode = m;
            return this;
        }

        /** Overrides site.yaml's base-url (e.g. for a staging host). */
        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        /** The build's "now": what is published and which notice periods have ended. Defaults to the clock. */
        public Builder now(OffsetDateTime t) {
            this.now = t;
            return this;
        }

        public Builder diagnosticsFile(Path p) {
            this.diagnosticsFile = p;
            return this;
        }

        public Builder progress(Progress p) {
            this.progress = p;
            return this;
        }

        /** The language of the diagnostics' messages; unset, the site's language (site.yaml), Chinese by default. */
        public Builder diagnosticLanguage(DiagnosticLanguage l) {
            this.language = l;
            return this;
        }

        /** Told at each step of the write stage's commit; for tests that stop a build there. */
        public Builder writeListener(WriteListener l) {
            this.writeListener = Objects.requireNonNull(l, "writeListener");
            return this;
        }

        public Gongkai build() {
            return new Gongkai(this);
        }
    }
}
