package org.gongkai.core.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.OutputPlan;
import org.gongkai.core.search.SearchIndex;

/**
 * One preview build: the portal's output plan and the bytes of the files a browser has asked for so far. A file is
 * produced only when first requested, so a rebuild of a 10,000-item site renders one page, not 10,000; a rebuild
 * makes a new RenderedSite, which is how the cache is dropped. Thread-safe.
 */
final class RenderedSite {
    private final OutputPlan plan;
    private final SiteModel model;
    private final Map<String, byte[]> produced = new ConcurrentHashMap<>();
    private SearchIndex search;

    RenderedSite(OutputPlan plan, SiteModel model) {
        this.plan = plan;
        this.model = model;
    }

    SiteModel model() {
        return model;
    }

    /**
     * The Lucene index of this build, written under {@code folder} on the first search request: most edits are
     * never searched, so indexing is not part of the rebuild an editor waits for.
     */
    synchronized SearchIndex search(Path folder) throws IOException {
        if (search == null) {
            search = SearchIndex.build(folder, model);
        }
        return search;
    }

    boolean contains(String sitePath) {
        return plan.contains(sitePath);
    }

    /**
     * The file's bytes, produced on first use. Producing runs outside any lock (two first requests for one page may
     * both render it; the bytes are the same). Template and I/O failures propagate to the caller.
     */
    Optional<byte[]> bytes(String sitePath) {
        byte[] done = produced.get(sitePath);
        if (done != null) {
            return Optional.of(done);
        }
        Optional<OutputPlan.OutputFile> file = plan.get(sitePath);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = file.get().bytes();
        byte[] raced = produced.putIfAbsent(sitePath, bytes);
        return Optional.of(raced == null ? bytes : raced);
    }

    int producedCount() {
        return produced.size();
    }

    long fileCount() {
        return plan.files().size();
    }
}
