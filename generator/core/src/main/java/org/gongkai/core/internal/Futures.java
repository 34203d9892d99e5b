package org.gongkai.core.internal;

import java.io.IOException;
import java.util.concurrent.ExecutionException;

/** What a stage run on another thread threw, thrown again on the thread that waited for it. */
public final class Futures {
    private Futures() {
    }

    /** Rethrows the cause as it was (an I/O failure, a bug, an error such as running out of memory). */
    public static IOException rethrow(ExecutionException e) throws IOException {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        throw new IOException(cause);
    }
}
