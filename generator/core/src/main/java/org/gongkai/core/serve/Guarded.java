package org.gongkai.core.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.gongkai.core.internal.Json;

/**
 * Every request gets an answer. An exception a handler did not expect (a bug, a full disk, a deleted temp folder)
 * becomes a 500 reply that says what went wrong; left to the JDK server it closes the connection without a word,
 * which a browser shows as "connection reset" and a script as a network error. The exchange is closed here, once,
 * after the handler: a handler that closed it itself would make a later reply impossible.
 */
final class Guarded implements HttpHandler {
    private final HttpHandler handler;
    private final boolean json;
    private final ServeLog log;
    private final RequestThreads threads;

    /** {@code json}: the 500 reply is {@code {"error": …}} (the search API) rather than plain text. */
    Guarded(HttpHandler handler, boolean json, ServeLog log, RequestThreads threads) {
        this.handler = handler;
        this.json = json;
        this.log = log;
        this.threads = threads;
    }

    @Override
    public void handle(HttpExchange ex) {
        threads.handling(); // the request is read: no deadline from here on
        try {
            handler.handle(ex);
        } catch (IOException e) {
            // Before the reply, an I/O failure is the server's (the search index could not be written); after it
            // has begun, the browser has gone away and there is no one to tell.
            if (ex.getResponseCode() < 0) {
                failed(ex, e);
            }
        } catch (RuntimeException | Error e) {
            // Errors too: a theme that recurses without end is a StackOverflowError, a broken class a LinkageError,
            // and the preview goes on serving after either.
            failed(ex, e);
        } finally {
            ex.close();
        }
    }

    private void failed(HttpExchange ex, Throwable e) {
        log.error("gongkai:serve: " + ex.getRequestMethod() + " " + ex.getRequestURI() + " failed: " + e);
        if (ex.getResponseCode() >= 0) {
            return; // the status line is out: the reply ends here, cut short
        }
        String message = "服务器内部错误，详见 gongkai:serve 的输出 (internal error, see the output of gongkai:serve): " + e;
        byte[] body = (json ? new Json.Writer().beginObject().name("error").value(message).endObject().toString()
                : message + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ex.getResponseHeaders().set("Content-Type", json ? "application/json; charset=utf-8"
                    : "text/plain; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(500, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException | RuntimeException again) {
            // The connection itself is broken: closing it is all that is left.
        }
    }
}
