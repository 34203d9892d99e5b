package org.gongkai.core.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The preview's request threads, with a deadline for the request itself. The JDK server reads a connection's request
 * line and headers on the executor's thread, before any handler runs, and without a deadline of its own unless
 * {@code sun.net.httpserver.maxReqTime} was set before the JVM's first HttpServer (which another plugin or test may
 * have made): a client that sends half a request would then hold the thread for ever. So a task that has not
 * reached a handler {@value ServerLimits#MAX_REQUEST_SECONDS} s after it began is interrupted; the JDK reads from a
 * blocking SocketChannel, which an interrupt closes, so the connection ends and the thread is free. Once a handler
 * runs ({@link #handling()}), the task is never interrupted: a live-reload stream lasts as long as its page.
 */
final class RequestThreads implements Executor {
    private static final long CHECK_MILLIS = 250;

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final long deadlineNanos;
    private final Set<Task> running = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Task> current = new ThreadLocal<>();

    RequestThreads(ThreadPoolExecutor pool, long deadlineMillis) {
        this.pool = pool;
        this.deadlineNanos = TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gongkai-serve-deadline");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(this::interruptLate, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Throws RejectedExecutionException when threads and queue are taken; the JDK server closes the connection. */
    @Override
    public void execute(Runnable command) {
        pool.execute(new Task(command));
    }

    /** Called by a handler as it begins: from here on the request's thread is its own. */
    void handling() {
        Task t = current.get();
        if (t != null) {
            t.handling();
        }
    }

    void shutdownNow() {
        watchdog.shutdownNow();
        pool.shutdownNow();
    }

    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(timeout, unit);
    }

    private void interruptLate() {
        long now = System.nanoTime();
        List<Task> late = new ArrayList<>();
        for (Task t : running) {
            if (now - t.startedNanos > deadlineNanos) {
                late.add(t);
            }
        }
        late.forEach(Task::interruptIfReading);
    }

    private final class Task implements Runnable {
        private final Runnable command;
        private volatile long startedNanos;
        /** Guarded by this: the thread while the request is being read, null once a handler runs or it ended. */
        private Thread reading;

        Task(Runnable command) {
            this.command = command;
        }

        @Override
        public void run() {
            synchronized (this) {
                reading = Thread.currentThread();
            }
            startedNanos = System.nanoTime();
            current.set(this);
            running.add(this);
            try {
                command.run();
            } finally {
                running.remove(this);
                current.remove();
                synchronized (this) {
                    reading = null;
                }
                Thread.interrupted(); // an interrupt that came as the task ended must not reach the next task
            }
        }

        synchronized void handling() {
            reading = null;
            running.remove(this);
        }

        synchronized void interruptIfReading() {
            if (reading != null) {
                reading.interrupt();
                reading = null;
            }
        }
    }

}
