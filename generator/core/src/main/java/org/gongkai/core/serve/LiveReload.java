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
 * <p>
 * Each stream holds a request thread for as long as its page is open, so there are at most {@value #MAX_STREAMS}:
 * beyond that the answer is 503, on which EventSource gives up (it reconnects only after a 200), so that page
 * simply does not reload by itself, and the request threads stay free for pages (see {@link ServerLimits}).
 */
final class LiveReload implements HttpHandler {
    /**
     * A browser holds one stream for all its preview tabs (a SharedWorker, see {@link PreviewPages#script}); one
     * without SharedWorker holds one per tab. Well below {@link ServerLimits#MAX_THREADS}.
     */
    static final int MAX_STREAMS = 8;
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
        if (!tryOpen()) {
            byte[] text = ("实时刷新的连接已满 " + MAX_STREAMS + " 个，本页不会自动刷新，请手动刷新 (" + MAX_STREAMS
                    + " live-reload streams are open already: this page will not reload by itself)\n")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(503, text.length);
            ex.getResponseBody().write(text);
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
        } finally {
            synchronized (this) {
                open--;
            }
        }
    }

    /** Counts the stream in before its reply starts, so that two requests at once cannot both take the last place. */
    private synchronized boolean tryOpen() {
        if (open >= MAX_STREAMS) {
            return false;
        }
        open++;
        return true;
    }

    private void stream(OutputStream out) throws IOException {
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
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
