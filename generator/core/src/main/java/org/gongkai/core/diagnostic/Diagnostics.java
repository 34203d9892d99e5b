package org.gongkai.core.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a run, so that a user sees all of them at once rather than the first only. Stages add
 * to it; it is handed out as an immutable sorted list. Safe to share between threads.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        all.add(d);
    }

    /** Reports a problem of this kind at {@code at}; {@code args} fill the message's placeholders in order. */
    public void add(Code code, SourcePosition at, Object... args) {
        // A missing value (an exception without a message, say) reads as empty rather than failing the report.
        add(new Diagnostic(code, at.file(), at.line(), at.column(),
                java.util.Arrays.stream(args).map(a -> a == null ? (Object) "" : a).toList()));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized List<Diagnostic> sorted() {
        return all.stream().sorted(Diagnostic.ORDER).toList();
    }
}
