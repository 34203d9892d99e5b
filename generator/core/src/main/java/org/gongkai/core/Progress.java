package org.gongkai.core;

import java.util.Locale;

import org.gongkai.core.diagnostic.DiagnosticLanguage;

/**
 * Where the engine reports progress: {@link #info} for work that took long enough for a person to wonder (a
 * stage of {@link #SLOW_MS} or more), {@link #detail} for every stage's counts and time (Maven's debug log,
 * {@code mvn -X}). The Maven plugin maps both to its log; the build's summary line ({@link BuildSummary}) is the
 * goal's own.
 */
@FunctionalInterface
public interface Progress {
    /** A stage that took a second or more is worth a line of its own; a faster one only a detail. */
    long SLOW_MS = 1000;

    void info(String line);

    default void detail(String line) {
    }

    /**
     * A stage is done: its counts and time as a detail ("load: 91 items … in 812 ms"), and, when it took
     * {@link #SLOW_MS} or more, a line in the diagnostics' language ("读取内容：91 个条目（1.2 秒）").
     *
     * @param detail the stage's counts, in English (a debug line for whoever maintains the engine)
     * @param zh the same for the editor, in Chinese
     */
    default void stage(DiagnosticLanguage language, long millis, String detail, String zh) {
        detail(detail + " in " + millis + " ms");
        if (millis >= SLOW_MS) {
            info(language == DiagnosticLanguage.EN ? detail + " (" + seconds(millis, language) + ")"
                    : zh + "（" + seconds(millis, language) + "）");
        }
    }

    /** "2.3 s" or "2.3 秒". */
    static String seconds(long millis, DiagnosticLanguage language) {
        String n = String.format(Locale.ROOT, "%.1f", millis / 1000.0);
        return language == DiagnosticLanguage.EN ? n + " s" : n + " 秒";
    }

    static Progress silent() {
        return line -> { };
    }
}
