package org.gongkai.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.gongkai.core.write.WriteListener;

/**
 * A build of a fixture site in a child JVM, for what a test cannot do to its own JVM: kill it at a step of the
 * write stage, or run it under another umask or file-size limit.
 *
 * <p>As a main class: {@code ChildBuild <content> <output> <step|->} builds with {@link FixtureSite#NOW} and the
 * theme of the gongkai.theme property; at the named step it prints {@code AT <step>} and waits to be killed. It
 * prints its progress lines ("progress: model: …"), each diagnostic, then WRITTEN or NOT WRITTEN, and exits 0 only
 * when the portal was written.
 */
public final class ChildBuild {
    private static final String END = "\u0000end";

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final Path stderr;
    private boolean ended;

    private ChildBuild(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    queue.add(line);
                }
            } catch (IOException e) {
                queue.add("(reading the child's output: " + e + ")");
            }
            queue.add(END);
        }, "child-build-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static void main(String[] args) {
        String stopAt = args[2];
        WriteListener listener = step -> {
            if (step.name().equals(stopAt)) {
                System.out.println("AT " + step);
                System.out.flush();
                try {
                    Thread.sleep(Duration.ofMinutes(5).toMillis()); // the test kills it long before
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(3); // never finish the commit: an orphan must not look like a build
            }
        };
        BuildResult result = Gongkai.builder().contentDir(Path.of(args[0])).themeDir(FixtureSite.theme())
                .outputDir(Path.of(args[1])).now(FixtureSite.NOW).writeListener(listener).progress(new org.gongkai.core.Progress() {
                    @Override
                    public void info(String line) {
                        System.out.println("progress: " + line);
                    }

                    @Override
                    public void detail(String line) {
                        System.out.println("progress: " + line);
                    }
                })
                .build().build();
        result.diagnostics().forEach(d -> System.out.println(d.format()));
        System.out.println(result.written() ? "WRITTEN" : "NOT WRITTEN");
        System.out.flush();
        System.exit(result.written() ? 0 : 1);
    }

    /** Starts a child build; {@code shell} (e.g. "umask 027"), when not null, runs in bash before exec'ing java. */
    public static ChildBuild start(String shell, FixtureSite site, Path output, String stopAt, Path scratch) throws IOException {
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dgongkai.theme=" + FixtureSite.theme().toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), ChildBuild.class.getName(),
                site.content().toString(), output.toString(), stopAt);
        List<String> command = new ArrayList<>();
        if (shell != null) {
            // The java command goes in as "$@": no quoting of paths into the shell text.
            command.addAll(List.of("bash", "-c", shell + "; exec \"$@\"", "bash"));
        }
        command.addAll(java);
        Path err = Files.createTempFile(scratch, "child-", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        return new ChildBuild(p, err);
    }

    /** Waits until the child prints a line starting with {@code line}; fails if it ends first. */
    public void awaitLine(String line, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String next = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no '" + line + "' from the child within " + timeout + ": " + output());
            }
            if (next.equals(END)) {
                ended = true;
                throw new AssertionError("the child ended without '" + line + "': " + output());
            }
            lines.add(next);
            if (next.startsWith(line)) {
                return;
            }
        }
    }

    public boolean running() {
        return process.isAlive();
    }

    /** Kills the child as a power cut or kill -9 would: no shutdown hooks, no finally blocks. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not die");
        }
    }

    /** Waits for the child to end and returns its exit code. */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end within " + timeout + ": " + output());
        }
        return process.exitValue();
    }

    /** Everything the child printed so far (all of it once the child ended), stdout then stderr. */
    public String output() {
        try {
            if (!ended && !process.isAlive()) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                for (String next; !ended && (next = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null; ) {
                    ended = next.equals(END);
                    if (!ended) {
                        lines.add(next);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (String l : rest) {
            if (l.equals(END)) {
                ended = true;
            } else {
                lines.add(l);
            }
        }
        try {
            return String.join("\n", lines) + "\n--- stderr ---\n" + Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
