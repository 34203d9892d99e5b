package org.gongkai.core.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.OutputPlan;
import org.gongkai.core.search.internal.LuceneIndex;

/**
 * The search stage: writes the Lucene index of the build's listed items into {@code indexDir} (beside the portal,
 * never inside it) and adds its static export under {@code search/} to the portal's plan.
 */
public final class SearchOutputs {
    private SearchOutputs() {
    }

    /** Where the index of a portal goes: a sibling folder, e.g. target/portal → target/portal-search-index. */
    public static Path indexDirFor(Path outputDir) {
        Path abs = outputDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-search-index");
    }

    /** Where a build writes the new index before the portal is committed; swapped in by {@link #replace}. */
    public static Path stagingFor(Path indexDir) {
        return indexDir.resolveSibling("." + indexDir.getFileName() + ".staging");
    }

    /** Swaps the staged index in, after the portal itself was committed, so a failed build leaves both as they were. */
    public static void replace(Path staged, Path indexDir) throws IOException {
        org.gongkai.core.internal.Folders.delete(indexDir);
        Files.move(staged, indexDir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static void addTo(OutputPlan plan, SiteModel model, Path indexDir) throws IOException {
        addTo(plan, model, indexDir, StaticExport.Layout.DEFAULT);
    }

    public static void addTo(OutputPlan plan, SiteModel model, Path indexDir, StaticExport.Layout layout) throws IOException {
        List<SearchDocument> docs = SearchDocuments.of(model);
        Files.createDirectories(indexDir);
        LuceneIndex.write(indexDir, docs);
        Map<String, byte[]> files;
        try (LuceneIndex index = LuceneIndex.open(indexDir)) {
            files = new StaticExport(layout).export(index, docs, model.content().catalog().all(),
                    model.content().site().organs());
        }
        files.forEach((path, bytes) -> plan.add(new OutputPlan.OutputFile(path, () -> bytes)));
    }
}
