package org.gongkai.core.serve;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the preview server.
 *
 * @param port the port on 127.0.0.1; 0 picks any free port (see {@link PreviewServer#url()})
 * @param now a fixed "now" for reproducible previews; empty follows the clock, so that a scheduled item loses its
 *            mark once its time has come
 * @param quietMillis how long the files must stay unchanged before a rebuild: editors save in several steps
 */
public record ServeOptions(Path contentDir, Path themeDir, int port, Optional<OffsetDateTime> now, long quietMillis,
                           ServeLog log) {

    public static final long DEFAULT_QUIET_MILLIS = 40;

    public ServeOptions {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(themeDir, "themeDir");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(log, "log");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
    }

    public static ServeOptions of(Path contentDir, Path themeDir, int port) {
        return new ServeOptions(contentDir, themeDir, port, Optional.empty(), DEFAULT_QUIET_MILLIS, ServeLog.silent());
    }

    public ServeOptions withNow(OffsetDateTime t) {
        return new ServeOptions(contentDir, themeDir, port, Optional.ofNullable(t), quietMillis, log);
    }

    public ServeOptions withLog(ServeLog l) {
        return new ServeOptions(contentDir, themeDir, port, now, quietMillis, l);
    }
}
