package org.gongkai.core.search;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.gongkai.core.BuildResult;
import org.gongkai.core.Gongkai;

/**
 * Builds a portal for bench/search-bench.sh with the engine on the class path (this checkout's classes), not with
 * the plugin installed in the local Maven repository, which another checkout may replace while a build runs.
 *
 * <p>Usage: {@code SearchBenchBuild CONTENT_DIR THEME_DIR OUTPUT_DIR}
 */
public final class SearchBenchBuild {
    private SearchBenchBuild() {
    }

    public static void main(String[] args) {
        BuildResult r = Gongkai.builder().contentDir(Path.of(args[0])).themeDir(Path.of(args[1]))
                .outputDir(Path.of(args[2])).now(OffsetDateTime.parse("2026-11-23T00:00:00+08:00"))
                .progress(System.err::println).build().build();
        r.diagnostics().stream().filter(d -> d.isError()).limit(20).forEach(d -> System.err.println(d));
        if (!r.written()) {
            System.err.println("not written");
            System.exit(1);
        }
    }
}
