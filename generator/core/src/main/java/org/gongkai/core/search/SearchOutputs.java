package org.gongkai.core.search;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.model.SiteModel;
import org.gongkai.core.search.internal.LuceneIndex;

/**
 * The search stage: writes the Lucene index of the build's listed items into {@code indexDir} (the write stage's
 * folder for it, beside the portal, never inside it) and writes its static export under {@code search/} of the
 * portal through the write stage.
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
     * so that the build renders and writes the pages meanwhile. The export's files go to {@code out} (the write
     * stage, from several threads) as they are made; {@link Running#await} waits until the last is written.
     */
    public static Running start(SiteModel model, Path indexDir, StaticExport.Output out) {
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
            write(model, indexDir, out, StaticExport.Layout.DEFAULT);
            return null;
        });
        Thread t = new Thread(task, "gongkai-search");
        t.setDaemon(true);
        t.start();
        return new Running(task);
    }

    /** A search stage under way; see {@link #start}. */
    public static final class Running {
        private final java.util.concurrent.Future<Void> task;

        private Running(java.util.concurrent.Future<Void> task) {
            this.task = task;
        }

        /** Waits until the index and every file of the export are written; rethrows what the stage threw. */
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
    }

    /** Writes the Lucene index into indexDir and hands the static export's files to out as they are made. */
    public static void write(SiteModel model, Path indexDir, StaticExport.Output out, StaticExport.Layout layout) throws IOException {
        // Each document is made when the index reads it, and only the start of its body its excerpt needs is kept
        // for the export: the whole plain text of every item is never held at once.
        StaticExport export = new StaticExport(layout);
        List<SearchDocument> made = SearchDocuments.whenRead(model);
        SearchDocument[] kept = new SearchDocument[made.size()];
        List<SearchDocument> indexed = new java.util.AbstractList<>() {
            @Override
            public SearchDocument get(int index) {
                SearchDocument d = made.get(index);
                kept[index] = export.withExcerptBody(d);
                return d;
            }

            @Override
            public int size() {
                return kept.length;
            }
        };
        try {
            Files.createDirectories(indexDir);
            LuceneIndex.write(indexDir, indexed, SearchIndex.synonyms(model).toLines());
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // Lucene's writes fail with the system's reason only ("File too large"): say which folder.
            FileSystemException named = new FileSystemException(indexDir.toString(), null, e.getMessage());
            named.initCause(e);
            throw named;
        }
        if (java.util.Arrays.asList(kept).contains(null)) {
            throw new IllegalStateException("the index did not read every document");
        }
        List<SearchDocument> docs = List.of(kept);
        try (LuceneIndex index = LuceneIndex.open(indexDir)) {
            export.write(index, docs, model.content().catalog().all(), model.content().site().organs(),
                    SearchIndex.synonyms(model), out);
        }
    }
}
