package org.gongkai.core.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

import org.gongkai.core.internal.Folders;

/**
 * The write stage. Files go into a fresh staging folder next to the output folder; {@link #commit()} then swaps
 * it in with renames, so a failed build leaves the previous portal untouched and readers never see half a portal.
 * Writing one path twice is a bug in the renderer and fails loudly.
 */
public final class OutputTree implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private boolean committed;

    private OutputTree(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static OutputTree open(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".staging-");
        return new OutputTree(abs, staging);
    }

    public Path target() {
        return target;
    }

    public void write(String relPath, String text) {
        write(relPath, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relPath, byte[] bytes) {
        Path p = resolve(relPath);
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relPath, e);
        }
    }

    public void copy(Path source, String relPath) {
        Path p = resolve(relPath);
        try {
            Files.createDirectories(p.getParent());
            Files.copy(source, p, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + relPath, e);
        }
    }

    private Path resolve(String relPath) {
        if (!written.add(relPath)) {
            throw new IllegalStateException("two outputs on one path: " + relPath);
        }
        Path p = staging.resolve(relPath).normalize();
        if (!p.startsWith(staging)) {
            throw new IllegalArgumentException("output path outside the portal: " + relPath);
        }
        return p;
    }

    /** Replaces the output folder by the staged one. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + staging.getFileName().toString().replaceAll(".*-", ""));
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (old != null) {
            Folders.delete(old);
        }
    }

    /** Drops the staging folder unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Folders.delete(staging);
        }
    }
}
