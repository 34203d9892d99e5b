package org.gongkai.core;

/** Where the engine reports progress lines (counts per stage, time taken); the Maven plugin maps it to its log. */
@FunctionalInterface
public interface Progress {
    void info(String line);

    static Progress silent() {
        return line -> { };
    }
}
