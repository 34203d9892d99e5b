package org.gongkai.core.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on gongkai:serve, for real: a child JVM serves a fixture site ({@link ServeChild}) and gets SIGTERM
 * (as {@code kill} sends it), which runs the shutdown hooks as Ctrl-C does. It must stop with one line and no stack
 * trace, and leave no temp folder behind (the child has a java.io.tmpdir of its own, so this can be checked).
 */
class PreviewShutdownTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermStopsThePreviewWithOneLineAndRemovesItsTempFolders() throws Exception {
        assertStopsCleanly(run());
    }

    /** As in Maven, whose plugin class realm may be closed before the hook runs (NoClassDefFoundError, before). */
    @Test
    void evenWhenTheClassLoaderOfThePreviewIsClosedFirst() throws Exception {
        assertStopsCleanly(run("--close-loader"));
    }

    /** A preview that never started (an Error in its first build) leaves no temp folder either. */
    @Test
    void aPreviewThatFailsToStartWithAnErrorRemovesItsTempFolder() throws Exception {
        Path childTmp = Files.createDirectories(tmp.resolve("java-tmp"));
        Path log = tmp.resolve("child.log");
        Process child = new ProcessBuilder(command(childTmp, "--fail-start")).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child ends: %s", lines(log)).isTrue();
            assertThat(lines(log)).as("the first build threw").contains("start failed: NoClassDefFoundError")
                    .doesNotContain("started");
            assertThat(searchFolders(childTmp)).as("temp folders left: %s", lines(log)).isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    private List<String> command(Path childTmp, String... flags) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + childTmp,
                "-cp", System.getProperty("java.class.path")));
        String theme = System.getProperty("gongkai.theme");
        if (theme != null) {
            command.add(1, "-Dgongkai.theme=" + theme);
        }
        command.add(ServeChild.class.getName());
        command.add(tmp.toString());
        command.addAll(List.of(flags));
        return command;
    }

    private List<String> run(String... flags) throws Exception {
        Path childTmp = Files.createDirectories(tmp.resolve("java-tmp"));
        Path log = tmp.resolve("child.log");
        Process child = new ProcessBuilder(command(childTmp, flags)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            PreviewClient.await(() -> lines(log).stream().anyMatch(l -> l.startsWith("ready")) || !child.isAlive(),
                    "the child to serve", 60);
            assertThat(child.isAlive()).as("the child serves: %s", lines(log)).isTrue();
            assertThat(lines(log)).as("the search made an index").contains("search 200");
            assertThat(searchFolders(childTmp)).as("the temp folder while serving").hasSize(1);

            // SIGTERM: the shutdown hooks run, as on Ctrl-C. (Process.destroy() would also close the pipes.)
            assertThat(child.toHandle().destroy()).isTrue();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child stops: %s", lines(log)).isTrue();
            assertThat(searchFolders(childTmp)).as("temp folders left: %s", lines(log)).isEmpty();
            return lines(log);
        } finally {
            child.destroyForcibly();
        }
    }

    private static List<String> lines(Path log) {
        try { // leniently: the child may be half-way through writing a character
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertStopsCleanly(List<String> output) {
        String all = String.join("\n", output);
        assertThat(all).as("no stack trace").doesNotContain("Exception", "Error", "\tat ");
        assertThat(output.stream().filter(l -> l.contains("预览已停止 Preview stopped"))).as(all).hasSize(1);
        int ready = output.indexOf(output.stream().filter(l -> l.startsWith("ready")).findFirst().orElseThrow());
        assertThat(output.subList(ready + 1, output.size())).as("after Ctrl-C, only the one line")
                .containsExactly("INFO 预览已停止 Preview stopped");
    }

    private static List<Path> searchFolders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("gongkai-serve-search-")).toList();
        }
    }
}
