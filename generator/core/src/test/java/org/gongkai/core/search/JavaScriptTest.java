package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the browser engine's own tests ({@code node --test} over src/test/resources/search/js/*.test.js) so that
 * {@code mvn verify} runs them too: analysis against the shared vectors, BM25 arithmetic, the export decoder.
 */
class JavaScriptTest {
    @TempDir
    Path tmp;

    @Test
    void nodeTestsPass() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Node.JS_TESTS)) {
            files = s.map(Path::toString).filter(f -> f.endsWith(".test.js")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<String> args = new java.util.ArrayList<>(List.of("--test", "--test-reporter=tap"));
        args.addAll(files);
        Node.Result r = Node.run(args, Map.of(), tmp);
        System.out.println(r.output());
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("# fail 0");
    }
}
