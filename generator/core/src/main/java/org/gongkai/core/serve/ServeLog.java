package org.gongkai.core.serve;

/** Where the preview server reports; the Maven plugin maps it to its log, tests keep it quiet or collect it. */
public interface ServeLog {
    void info(String line);

    void warn(String line);

    void error(String line);

    static ServeLog silent() {
        return new ServeLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
            }

            @Override
            public void error(String line) {
            }
        };
    }
}
