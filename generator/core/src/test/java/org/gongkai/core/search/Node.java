package org.gongkai.core.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.gongkai.core.FixtureSite;

/** Runs Node.js (20+) for the JavaScript side of the search tests. */
final class Node {
    static final Path JS_TESTS = Path.of("src/test/resources/search/js").toAbsolutePath();

    private Node() {
    }

    record Result(int exit, String output) {
    }

    static String executable() {
        String p = System.getProperty("gongkai.node");
        if (p != null) {
            return p;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "node"))) {
                return Path.of(dir, "node").toString();
            }
        }
        throw new IllegalStateException("the search tests need Node.js 20 or newer on the PATH (apt-get install nodejs)");
    }

    /** The generated Traditional→Simplified table as the tests read it. */
    static Path table(Path dir) throws IOException {
        Path f = dir.resolve("t2s.txt");
        Files.createDirectories(dir);
        Files.writeString(f, TraditionalSimplified.table(), StandardCharsets.UTF_8);
        return f;
    }

    static Result run(List<String> args, Map<String, String> env, Path tableDir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("GONGKAI_THEME", FixtureSite.theme().toAbsolutePath().toString());
        pb.environment().put("GONGKAI_T2S", table(tableDir).toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("node did not finish: " + cmd);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
