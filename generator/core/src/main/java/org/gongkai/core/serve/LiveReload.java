package org.gongkai.core.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Server-Sent Events at {@value PreviewPages#EVENTS_PATH}: each open page holds one stream and gets the server's
 * version when it connects and after every rebuild; the injected script reloads the page when it differs.
 * A comment line every few seconds finds streams whose page has gone, so their threads end.
 */
final class LiveReload implements HttpHandler {
    private static final long HEARTBEAT_MILLIS = 10_000;
    private String version;
    private boolean closed;
    private int open;

    LiveReload(String version) {
        this.version = version;
    }

    synchronized void publish(String v) {
        version = v;
        notifyAll();
    }

    /** Ends every stream: part of stopping the server. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized int openStreams() {
        return open;
    }

    /** Serves the SharedWorker script that holds the one stream of all open pages. */
    static void worker(HttpExchange ex) throws IOException {
        byte[] js = PreviewPages.WORKER.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, js.length);
        ex.getResponseBody().write(js);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(405, -1);
            return;
        }
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            // Reconnect quickly after a restart of the server.
            send(out, "retry: 500\n\n");
            stream(out);
        } catch (IOException e) {
            // The page was closed or reloaded: nothing to do.
        }
    }

    private void stream(OutputStream out) throws IOException {
        synchronized (this) {
            open++;
        }
        try {
            String sent = null;
            while (true) {
                String now;
                synchronized (this) {
                    long deadline = System.currentTimeMillis() + HEARTBEAT_MILLIS;
                    while (!closed && version.equals(sent) && System.currentTimeMillis() < deadline) {
                        wait(Math.max(1, deadline - System.currentTimeMillis()));
                    }
                    if (closed) {
                        return;
                    }
                    now = version;
                }
                if (now.equals(sent)) {
                    send(out, ": still here\n\n");
                } else {
                    send(out, "data: " + now + "\n\n");
                    sent = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                open--;
            }
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
