package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that runs out of heap (a site too large for what Maven was given) ends with a diagnostic that says so
 * and how to give more, the portal not written; never a stack trace. Run in a JVM of its own with a small heap and
 * a theme whose item page is hundreds of megabytes.
 */
class OutOfMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void runningOutOfHeapIsADiagnosticNotACrash() throws IOException, InterruptedException {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        site.item("fin/2026/a.md", """
                title: 测试县财政局通知
                organ: fin
                category: budget
                written: 2026-02-02
                published: 2026-02-03
                """, "正文。\n");
        Path theme = FixtureSite.copyOfTheme(tmp.resolve("theme"));
        Path item = theme.resolve("templates/item.peb");
        Files.writeString(item, "{% for i in range(1, 200000000) %}0123456789{% endfor %}\n"
                + Files.readString(item, StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        Path out = tmp.resolve("out/portal");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
                "-cp", System.getProperty("java.class.path"), OutOfMemoryProbe.class.getName(),
                site.content().toString(), theme.toString(), out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("[out-of-memory]").contains("内存不足：构建用尽了 Java 堆（上限 ")
                .contains("MAVEN_OPTS=-Xmx1024m").contains("written=false")
                .doesNotContain("Exception", "\tat ", "INTERNAL_ERROR");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".lock")).toList())
                    .as("nothing half-written beside the portal").isEmpty();
        }
    }
}
