package org.gongkai.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every file of a portal, by path, each with the work that produces its bytes. Producing is deferred: a build
 * produces all of them (in parallel), the preview server only the ones a browser asks for.
 */
public final class OutputPlan {
    private final Map<String, OutputFile> files = new LinkedHashMap<>();

    /** One output file: its site-relative path and how to make it. */
    public record OutputFile(String path, Supplier<byte[]> producer) {
        public byte[] bytes() {
            return producer.get();
        }

        public boolean isPage() {
            return path.endsWith(".html");
        }
    }

    /** Registers a text file; two outputs on one path are a bug in the renderer (the model rules out clashes). */
    public void text(String path, Supplier<String> text) {
        add(new OutputFile(path, () -> text.get().getBytes(StandardCharsets.UTF_8)));
    }

    /** A file of the theme (trusted: the office's own), as the portal ships it ({@link ThemeScripts#asShipped}). */
    public void copy(Path source, String path) {
        add(new OutputFile(path, () -> {
            try {
                return ThemeScripts.asShipped(path, Files.readAllBytes(source));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
        }));
    }

    /**
     * A file of the content folder, at the real path the load stage vetted: opened without following a link, so
     * nothing swapped in after the check can lead outside content/.
     */
    public void copyFromContent(Path real, String path) {
        add(new OutputFile(path, () -> {
            try (java.io.InputStream in = Files.newInputStream(real, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }));
    }

    public void add(OutputFile file) {
        if (files.putIfAbsent(file.path(), file) != null) {
            throw new IllegalStateException("two outputs on one path: " + file.path());
        }
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public Optional<OutputFile> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public Collection<OutputFile> files() {
        return java.util.Collections.unmodifiableCollection(files.values());
    }

    public long pageCount() {
        return files.values().stream().filter(OutputFile::isPage).count();
    }
}
