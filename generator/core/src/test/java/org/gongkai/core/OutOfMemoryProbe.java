package org.gongkai.core;

import java.nio.file.Path;

import org.gongkai.core.diagnostic.Diagnostic;

/**
 * Builds a site in a JVM of its own (OutOfMemoryTest starts it with a small heap) and prints the result: one line
 * per diagnostic, then "written=" and whether it was. Anything that escapes the build would end this JVM with a
 * stack trace and another exit code.
 */
public final class OutOfMemoryProbe {
    private OutOfMemoryProbe() {
    }

    public static void main(String[] args) {
        Path content = Path.of(args[0]), theme = Path.of(args[1]), out = Path.of(args[2]);
        BuildResult r = Gongkai.builder().contentDir(content).themeDir(theme).outputDir(out).now(FixtureSite.NOW)
                .build().build();
        for (Diagnostic d : r.diagnostics()) {
            System.out.println(d.code() + " " + d.format() + " | " + d.hint());
        }
        System.out.println("written=" + r.written());
    }
}
