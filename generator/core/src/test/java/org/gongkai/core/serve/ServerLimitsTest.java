package org.gongkai.core.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.core.FixtureSite;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a misbehaving client can take from a running preview: request threads, live-reload streams, and time. The
 * bounds are ServerLimits' (32 threads, requests whole within 5 s, 8 live-reload streams), written out here so that
 * the test does not lean on the code it checks.
 */
class ServerLimitsTest {
    static final String THREAD_PREFIX = "gongkai-serve-http-";
    static final int MAX_THREADS = 32;
    static final int MAX_STREAMS = 8;
    static final String TITLE = "测试县行政事业性收费管理办法";

    @TempDir
    Path tmp;
    PreviewServer server;
    PreviewClient client;
    final List<Socket> sockets = new ArrayList<>();

    /**
     * The JDK server reads its timeouts once, when the JVM makes its first HttpServer: make one here first, with the
     * JDK's defaults, as another plugin of the same Maven run (or another test of this JVM) may have. The bounds
     * must hold without them.
     */
    @BeforeAll
    static void anotherHttpServerCameFirst() throws IOException {
        HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0).stop(0);
    }

    @BeforeEach
    void start() throws IOException {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        site.item("gov/2026/fees.md", PreviewServerTest.publicItem(TITLE), "为规范收费管理，制定本办法。\n");
        server = PreviewServer.start(ServeOptions.of(site.content(), FixtureSite.theme(), 0).withNow(FixtureSite.NOW));
        client = new PreviewClient(server);
    }

    @AfterEach
    void stop() {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        server.close();
    }

    @Test
    void aThousandSilentOrHalfSentConnectionsTakeABoundedNumberOfThreadsAndPagesStillAnswer() throws Exception {
        ThreadSampler threads = new ThreadSampler();
        threads.start();
        try {
            byte[] half = ("GET /items/gov/2026/fees/ HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nX-Never-Ends: ")
                    .getBytes(StandardCharsets.ISO_8859_1);
            List<Socket> halfSent = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                open(); // connects and sends nothing
                Socket s = open();
                s.getOutputStream().write(half); // sends part of the headers, then nothing more
                halfSent.add(s);
                if (i % 16 == 15) {
                    // The kernel queues 50 connections the server has not accepted yet, and drops the next
                    // attempt, which the client retries only a second later: let the server catch up now and then.
                    Thread.sleep(10);
                }
            }

            // A page still answers. Every thread may be waiting for the rest of a half-sent request, and then a new
            // connection is refused (closed) until the server closes those, 5 s after their first byte: so retry,
            // as an editor would reload.
            long t0 = System.nanoTime();
            PreviewClient.Response page = null;
            while (System.nanoTime() - t0 < 30_000_000_000L) {
                page = tryGet("/items/gov/2026/fees/");
                if (page.status() == 200) {
                    break;
                }
                Thread.sleep(100);
            }
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertThat(page.status()).as("a page while 2,000 connections are open").isEqualTo(200);
            assertThat(page.body()).contains(TITLE);
            assertThat(waited).as("ms until a page answered").isLessThan(15_000);
            assertThat(threads.max.get()).as("live " + THREAD_PREFIX + "* threads at any time")
                    .isBetween(1, MAX_THREADS);

            // And the server closes the half-sent ones: a read sees the end of the stream, not a timeout. (The
            // silent ones, which cost a socket and no thread, the JDK server closes only with its own timeouts.)
            for (Socket s : halfSent) {
                assertThat(closedByServer(s)).as("the server closed a half-sent connection").isTrue();
            }
        } finally {
            threads.interrupt();
            threads.join();
        }
        assertThat(threads.max.get()).as("live " + THREAD_PREFIX + "* threads, to the end").isLessThanOrEqualTo(
                MAX_THREADS);
    }

    @Test
    void liveReloadStreamsAreBoundedAndTheNextGetsA503() throws Exception {
        for (int i = 0; i < MAX_STREAMS; i++) {
            String head = eventsRequest();
            assertThat(head).as("stream " + (i + 1)).startsWith("HTTP/1.1 200").contains("text/event-stream");
        }
        for (int i = 0; i < 20; i++) {
            String head = eventsRequest();
            assertThat(head).as("a stream beyond " + MAX_STREAMS).startsWith("HTTP/1.1 503");
        }
        assertThat(client.get("/items/gov/2026/fees/").body()).as("pages while the streams are open").contains(TITLE);
        assertThat(countThreads()).isLessThanOrEqualTo(MAX_THREADS);
    }

    private Socket open() throws IOException {
        Socket s = new Socket();
        sockets.add(s);
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
        return s;
    }

    /** A GET on a fresh connection; status -1 when the server closed it without an answer. */
    private PreviewClient.Response tryGet(String path) {
        try {
            return client.raw(path);
        } catch (UncheckedIOException e) { // reset
            return new PreviewClient.Response(-1, "", "");
        }
    }

    /** Opens a live-reload stream (left open) and returns the head of its response. */
    private String eventsRequest() throws IOException {
        Socket s = open();
        s.setSoTimeout(10_000);
        s.getOutputStream().write(("GET " + PreviewPages.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = s.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.UTF_8);
    }

    /** True when a read ends the stream (or the connection was reset) within 20 s. */
    private static boolean closedByServer(Socket s) throws IOException {
        s.setSoTimeout(20_000);
        try {
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) { // reset
            return true;
        }
    }

    static int countThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() * 2 + 16];
        int n = root.enumerate(all, true);
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (all[i].getName().startsWith(THREAD_PREFIX)) {
                count++;
            }
        }
        return count;
    }

    /** The most request threads alive at once, looked at every 20 ms. */
    static final class ThreadSampler extends Thread {
        final AtomicInteger max = new AtomicInteger();

        ThreadSampler() {
            super("thread-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                max.accumulateAndGet(countThreads(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
