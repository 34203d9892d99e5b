package org.gongkai.core.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How much of the machine the preview's HTTP server may take. Its one real client is an editor's browser (six
 * connections at most, one live-reload stream), but a misbehaving tool, a script or a page opened a thousand times
 * must not make it start a thread per connection without end:
 * <ul>
 * <li>at most {@value #MAX_THREADS} request threads and {@value #QUEUE} requests waiting for one; beyond that the
 *     connection is closed at once;</li>
 * <li>a connection must send its whole request within {@value #MAX_REQUEST_SECONDS} seconds of its first byte, or
 *     {@link RequestThreads} closes it (a connection that sends half a request otherwise holds a request thread for
 *     ever); and its first byte within that time too, or the JDK server closes it (one that sends nothing holds a
 *     socket, no thread);</li>
 * <li>at most {@value LiveReload#MAX_STREAMS} live-reload streams, which hold a request thread each (see
 *     {@link LiveReload}).</li>
 * </ul>
 */
final class ServerLimits {
    static final int MAX_THREADS = 32;
    static final int QUEUE = 64;
    static final int MAX_REQUEST_SECONDS = 5;
    private static final int IDLE_THREAD_SECONDS = 30;

    private ServerLimits() {
    }

    /**
     * The JDK server's timeouts are system properties, read once by {@code sun.net.httpserver.ServerConfig} when the
     * JVM makes its first HttpServer: so they are set here, before that, and then hold for every HttpServer of the
     * JVM. A value already set wins: whoever runs Maven with
     * {@code -Dsun.net.httpserver.maxReqTime=…} means it. When another plugin of the same Maven run has made an
     * HttpServer first they have no effect; the thread bound and {@link RequestThreads}' deadline still hold, and
     * only silent connections then stay open longer (they cost a socket, not a thread).
     * <p>
     * {@code maxReqTime} covers the request line and headers (and a body; the preview takes none); it also bounds
     * how long a new connection may stay silent. {@code clockTick} is how often the idle timer looks for such silent
     * connections (default every 10 s). {@code nodelay} sends each response segment at once (TCP_NODELAY, as static
     * hosts do): without it a kept-alive connection's next response waits for the browser's delayed ACK, about 40 ms
     * on Linux, and the page that reloads after an edit comes over such a connection. {@code maxRspTime} stays unset: a live-reload stream is a response that
     * lasts as long as the page is open. Nor is {@code jdk.httpserver.maxConnections} set: silent sockets would then
     * hold every slot and a real page would be refused until they time out; a silent socket costs no thread.
     */
    static void configureJdkServer() {
        setIfUnset("sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS));
        setIfUnset("sun.net.httpserver.clockTick", "1000");
        setIfUnset("sun.net.httpserver.nodelay", "true");
    }

    private static void setIfUnset(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Up to {@value #MAX_THREADS} threads, none while idle. The core size is the maximum because a
     * ThreadPoolExecutor adds threads beyond its core only when the queue is full: with a small core, two
     * live-reload streams would leave every page request waiting in the queue behind them. When threads and queue
     * are all taken, {@code execute} throws, and the JDK server's dispatcher answers that by closing the
     * connection (it catches whatever {@code execute} throws): the client sees a closed connection, and no thread
     * is started for it.
     */
    static RequestThreads executor() {
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, IDLE_THREAD_SECONDS,
                TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "gongkai-serve-http-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        return new RequestThreads(pool, TimeUnit.SECONDS.toMillis(MAX_REQUEST_SECONDS));
    }
}
