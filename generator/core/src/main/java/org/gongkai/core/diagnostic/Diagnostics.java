package org.gongkai.core.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a run, so that a user sees all of them at once rather than the first only. Stages add
 * to it; it is handed out as an immutable sorted list.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        all.add(d);
    }

    public void error(Stage stage, String code, SourcePosition at, String message, String hint) {
        add(new Diagnostic(Severity.ERROR, stage, code, at.file(), at.line(), at.column(), message, hint));
    }

    public void warning(Stage stage, String code, SourcePosition at, String message, String hint) {
        add(new Diagnostic(Severity.WARNING, stage, code, at.file(), at.line(), at.column(), message, hint));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized List<Diagnostic> sorted() {
        return all.stream().sorted(Diagnostic.ORDER).toList();
    }
}
