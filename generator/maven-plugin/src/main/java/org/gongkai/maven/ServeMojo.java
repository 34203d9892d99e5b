package org.gongkai.maven;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.core.content.Dates;
import org.gongkai.core.serve.PreviewServer;
import org.gongkai.core.serve.ServeLog;
import org.gongkai.core.serve.ServeOptions;

/**
 * Previews the portal on http://127.0.0.1:{port}/ with drafts and scheduled items (each marked "preview — not
 * public"), rebuilds when content/ or the theme changes and reloads the open pages. Runs until Ctrl-C.
 * {@code mvn gongkai:serve} (after {@code mvn install} of the plugin), or {@code -Dgongkai.port=0} for any free port.
 */
@Mojo(name = "serve", aggregator = true, threadSafe = true)
public class ServeMojo extends AbstractGongkaiMojo {

    /** The port on 127.0.0.1; 0 picks a free one (the URL is printed). */
    @Parameter(property = "gongkai.port", defaultValue = "8080")
    int port;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("gongkai:serve skipped");
            return;
        }
        ServeOptions options = ServeOptions.of(contentDirectory.toPath(), themeDirectory.toPath(), port)
                .withNow(fixedNow()).withLog(log(getLog()));
        PreviewServer server;
        try {
            server = PreviewServer.start(options);
        } catch (java.net.BindException e) {
            throw new MojoExecutionException("port " + port + " on 127.0.0.1 is in use: stop the other server, or choose "
                    + "another port with -Dgongkai.port=8081 (0 = any free port)", e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start the preview: " + e.getMessage(), e);
        }
        // Ctrl-C (or SIGTERM) runs the JVM's shutdown hooks: this one stops the server and removes its temp folders
        // (close() says "预览已停止 Preview stopped"). Made now, so that its lambda exists before Maven might close
        // this plugin's class realm (see PreviewServer.close).
        AtomicBoolean jvmStopping = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            jvmStopping.set(true);
            server.close();
        }, "gongkai-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        getLog().info("预览地址 " + server.url() + " ，按 Ctrl-C 停止 (serving; press Ctrl-C to stop)");
        try {
            server.awaitClose(); // returns once close() has finished
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        if (jvmStopping.get()) {
            waitForTheJvmToEnd();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook); // a longer-lived JVM (mvnd) must not keep the server
        } catch (IllegalStateException e) {
            // the JVM is stopping after all
        }
    }

    /**
     * The JVM ends as soon as the shutdown hooks are done. Returning instead would only race with that: Maven would
     * print a build summary under the "stopped" line, and dispose of this plugin's class realm.
     */
    private static void waitForTheJvmToEnd() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** gongkai.now pins the preview's date (as in a build); unset, the preview follows the clock. */
    private OffsetDateTime fixedNow() throws MojoExecutionException {
        if (now == null || now.isBlank()) {
            return null;
        }
        return Dates.parseDateTime(now).orElseThrow(() -> new MojoExecutionException(
                "gongkai.now 写成 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM:SS+08:00，不能是“" + now
                        + "” (gongkai.now must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00)"));
    }

    private static ServeLog log(Log log) {
        return new ServeLog() {
            @Override
            public void info(String line) {
                log.info(line);
            }

            @Override
            public void warn(String line) {
                log.warn(line);
            }

            @Override
            public void error(String line) {
                log.error(line);
            }
        };
    }
}
