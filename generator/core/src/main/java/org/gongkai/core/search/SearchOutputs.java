package org.gongkai.core.search;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.OutputPlan;
import org.gongkai.core.search.internal.LuceneIndex;

/**
 * The search stage: writes the Lucene index of the build's listed items into {@code indexDir} (the write stage's
 * folder for it, beside the portal, never inside it) and adds its static export under {@code search/} to the
 * portal's plan.
 */
public final class SearchOutputs {
    private SearchOutputs() {
    }

    /**
     * Where the index of a portal is read: a sibling of the output, e.g. target/portal → target/portal-search-index.
     * A build does not write there but into its version folder ({@code OutputTree.searchIndexDir()}); this path is a
     * link to the live version's index, so that the portal and its index go live together.
     */
    public static Path indexDirFor(Path outputDir) {
        Path abs = outputDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-search-index");
    }

    /**
     * The search stage started on a thread of its own (Lucene's slices and the export's parallel part use more),
     * so that the build renders and writes the pages meanwhile. {@link Running#await} waits for it; its files are
     * then in {@link Running#plan}, in the same order as {@link #addTo} gives them.
     */
    public static Running start(SiteModel model, Path indexDir) {
        OutputPlan plan = new OutputPlan();
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
            addTo(plan, model, indexDir);
            return null;
        });
        Thread t = new Thread(task, "gongkai-search");
        t.setDaemon(true);
        t.start();
        return new Running(task, plan);
    }

    /** A search stage under way; see {@link #start}. */
    public static final class Running {
        private final java.util.concurrent.Future<Void> task;
        private final OutputPlan plan;

        private Running(java.util.concurrent.Future<Void> task, OutputPlan plan) {
            this.task = task;
            this.plan = plan;
        }

        /** Waits until the index is written and the export made; rethrows what the stage threw. */
        public void await() throws IOException {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        task.get();
                        return;
                    } catch (InterruptedException e) {
                        // The index is being written into the version folder: leaving now would let the caller
                        // drop that folder under Lucene's feet. Wait, and keep the interrupt for later.
                        interrupted = true;
                    }
                }
            } catch (java.util.concurrent.ExecutionException e) {
                throw org.gongkai.core.internal.Futures.rethrow(e);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The export's files; complete once {@link #await} has returned. */
        public OutputPlan plan() {
            return plan;
        }
    }

    public static void addTo(OutputPlan plan, SiteModel model, Path indexDir) throws IOException {
        addTo(plan, model, indexDir, StaticExport.Layout.DEFAULT);
    }

    public static void addTo(OutputPlan plan, SiteModel model, Path indexDir, StaticExport.Layout layout) throws IOException {
        List<SearchDocument> docs = SearchDocuments.of(model);
        try {
            Files.createDirectories(indexDir);
            LuceneIndex.write(indexDir, docs, SearchIndex.synonyms(model).toLines());
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // Lucene's writes fail with the system's reason only ("File too large"): say which folder.
            FileSystemException named = new FileSystemException(indexDir.toString(), null, e.getMessage());
            named.initCause(e);
            throw named;
        }
        StaticExport export = new StaticExport(layout);
        docs = export.withExcerptBodies(docs);
        Map<String, byte[]> files;
        try (LuceneIndex index = LuceneIndex.open(indexDir)) {
            files = export.export(index, docs, model.content().catalog().all(),
                    model.content().site().organs(), SearchIndex.synonyms(model));
        }
        files.forEach((path, bytes) -> plan.add(new OutputPlan.OutputFile(path, () -> bytes)));
    }
}
