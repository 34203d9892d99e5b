package org.gongkai.core.serve;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.FixtureSite;

/**
 * The child JVM of {@link PreviewShutdownTest}: serves a fixture site the way ServeMojo does (a shutdown hook that
 * calls close(), then awaitClose()) until it is stopped like Ctrl-C stops it, printing the server's log on stdout.
 * {@code ServeChild <folder> [--close-loader]}. With {@code --close-loader} the server runs in a class loader of its
 * own that is closed once it is serving, as Maven closes a plugin's class realm: then close() can load no class
 * that it has not loaded before. With {@code --fail-start} the first build throws an Error (as a plugin whose core
 * jar is of another version throws NoClassDefFoundError) and the child prints {@code start failed: <Error>} and
 * exits.
 */
public final class ServeChild {
    private ServeChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        if (args.length >= 2 && args[1].equals("--fail-start")) {
            failStart(folder);
            return;
        }
        if (args.length < 2 || !args[1].equals("--close-loader")) {
            serve(folder, () -> System.out.println("ready"));
            return;
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        URLClassLoader realm = new URLClassLoader("realm", urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        Runnable ready = () -> {
            try {
                realm.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            System.out.println("ready, loader closed");
        };
        realm.loadClass(ServeChild.class.getName()).getMethod("serve", Path.class, Runnable.class)
                .invoke(null, folder, ready);
    }

    private static void failStart(Path folder) throws Exception {
        FixtureSite site = FixtureSite.in(folder.resolve("site"));
        try {
            PreviewServer.start(ServeOptions.of(site.content(), FixtureSite.theme(), 0).withNow(FixtureSite.NOW)
                    .withLog(new ServeLog() {
                        @Override
                        public void info(String line) {
                            if (line.startsWith("首次生成 first build")) {
                                throw new NoClassDefFoundError("org/gongkai/core/Simulated");
                            }
                            System.out.println("INFO " + line);
                        }

                        @Override
                        public void warn(String line) {
                            System.out.println("WARN " + line);
                        }

                        @Override
                        public void error(String line) {
                            System.out.println("ERROR " + line);
                        }
                    }));
            System.out.println("started");
        } catch (NoClassDefFoundError e) {
            System.out.println("start failed: " + e.getClass().getSimpleName());
        }
    }

    /** Starts the server, searches once (so that there is an index to remove), tells {@code ready}, waits. */
    public static void serve(Path folder, Runnable ready) throws Exception {
        FixtureSite site = FixtureSite.in(folder.resolve("site"));
        site.item("fin/2026/budget.md", """
                title: 2026年部门预算公开
                organ: fin
                category: budget
                written: 2026-03-02
                published: 2026-03-03
                """, "本年度预算总额一百二十万元。\n");
        PreviewServer server = PreviewServer.start(ServeOptions.of(site.content(), FixtureSite.theme(), 0)
                .withNow(FixtureSite.NOW).withLog(new ServeLog() {
                    @Override
                    public void info(String line) {
                        System.out.println("INFO " + line);
                    }

                    @Override
                    public void warn(String line) {
                        System.out.println("WARN " + line);
                    }

                    @Override
                    public void error(String line) {
                        System.out.println("ERROR " + line);
                    }
                }));
        HttpResponse<String> search = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url() + "api/search?q=%E9%A2%84%E7%AE%97")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        System.out.println("search " + search.statusCode());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "gongkai-serve-shutdown"));
        ready.run();
        server.awaitClose();
        Thread.sleep(Long.MAX_VALUE); // as ServeMojo: the JVM ends when the hook is done
    }
}
