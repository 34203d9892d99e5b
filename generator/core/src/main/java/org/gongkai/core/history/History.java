package org.gongkai.core.history;

import java.util.Map;
import java.util.Optional;

/** The git history of a content folder, read once per build; keys are paths relative to the content folder. */
public final class History {
    private final boolean available;
    private final Map<String, FileHistory> files;

    History(boolean available, Map<String, FileHistory> files) {
        this.available = available;
        this.files = Map.copyOf(files);
    }

    public static History none() {
        return new History(false, Map.of());
    }

    /** Is the content folder in a git repository with at least one commit? */
    public boolean available() {
        return available;
    }

    public Optional<FileHistory> of(String contentRelativePath) {
        return Optional.ofNullable(files.get(contentRelativePath));
    }
}
