package org.gongkai.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.gongkai.core.FixtureSite;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.model.BuildMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** load → check → history → model is wired in one place; the build, the preview, the review and the link check run it. */
class PipelineWiringTest {
    private static final Path MAIN = Path.of("src/main/java/org/gongkai/core");

    /** Source files (relative to the core package) that construct {@code stage}. */
    private static List<String> constructing(String stage) throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8).contains("new " + stage + "(");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> MAIN.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void theChecksAndTheModelAreMadeOnlyByThePipeline() throws IOException {
        assertThat(constructing("ContentChecker")).containsExactly("pipeline/Pipeline.java");
        assertThat(constructing("ModelBuilder")).containsExactly("pipeline/Pipeline.java");
        // Loading alone is also what the scaffolds need (the next 索引号, a report's cells): they check nothing.
        assertThat(constructing("ContentLoader")).containsExactlyInAnyOrder("pipeline/Pipeline.java",
                "load/ContentLoader.java", "scaffold/ItemScaffolder.java", "scaffold/ReportFreeze.java");
    }

    @Test
    void checksFirstOrAlongsideFindTheSameAndNoneFindsNothing(@TempDir Path tmp) {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("gov/2026/a.md", "title: 测试\norgan: nobody\ncategory: regulation\nwritten: 2026-03-02\npublished: 2026-03-03",
                "身份证号 110101199003071234。\n");
        OffsetDateTime now = FixtureSite.NOW;
        Map<Pipeline.Checks, List<String>> found = new TreeMap<>();
        for (Pipeline.Checks c : Pipeline.Checks.values()) {
            Diagnostics d = new Diagnostics();
            var prepared = Pipeline.builder().mode(BuildMode.PREVIEW).history(Pipeline.NO_HISTORY).checks(c).build()
                    .run(site.content(), now, d);
            assertThat(prepared).as("%s: the model is made also when the checks find errors", c).isPresent();
            found.put(c, d.sorted().stream().map(x -> x.code().id() + " " + x.file() + ":" + x.line()).toList());
        }
        assertThat(found.get(Pipeline.Checks.FIRST)).contains("unknown-organ items/gov/2026/a.md:3")
                .isEqualTo(found.get(Pipeline.Checks.ALONGSIDE));
        assertThat(found.get(Pipeline.Checks.NONE)).doesNotContain("unknown-organ items/gov/2026/a.md:3");
    }
}
