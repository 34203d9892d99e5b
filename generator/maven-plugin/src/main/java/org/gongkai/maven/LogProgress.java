package org.gongkai.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.logging.Log;
import org.gongkai.core.Progress;

/** The engine's progress lines in Maven's log: slow work at info, every stage's counts and time at debug (-X). */
final class LogProgress implements Progress {
    private final Log log;

    LogProgress(Log log) {
        this.log = log;
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void detail(String line) {
        log.debug(line);
    }

    /** A path as the user reads it: relative to the project when inside it. */
    static Path shown(Path basedir, Path p) {
        Path base = basedir.toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) : abs;
    }
}
