package org.gongkai.core.diagnostic;

/** A place in a content file: path relative to the content folder, 1-based line and column (0 = unknown). */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition site() {
        return new SourcePosition("", 0, 0);
    }
}
