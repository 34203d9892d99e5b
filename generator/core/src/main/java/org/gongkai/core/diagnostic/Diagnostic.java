package org.gongkai.core.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the content: where (file relative to the content folder, 1-based line and column, 0 when
 * unknown), what is wrong and how to fix it.
 *
 * @param code a stable identifier (e.g. {@code unknown-organ}) that tests and CI can match on
 */
public record Diagnostic(Severity severity, Stage stage, String code, String file, int line, int column,
                         String message, String hint) {

    /** Files first, then position, then code: the order a reader goes through a report. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        hint = hint == null ? "" : hint;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column} as editors and CI understand it. */
    public String location() {
        StringBuilder sb = new StringBuilder(file.isEmpty() ? "(site)" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    /** One line for a terminal: {@code content/x.md:3:8: error [unknown-organ] ... (hint: ...)}. */
    public String format() {
        String text = location() + ": " + severity.label() + " [" + code + "] " + message;
        return hint.isEmpty() ? text : text + " — " + hint;
    }
}
