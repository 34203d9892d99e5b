package org.gongkai.core.diagnostic;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in the content: what kind ({@link Code}), where (file relative to the content folder, 1-based
 * line and column, 0 when unknown), and the values the message names. The words themselves come from the
 * {@link MessageCatalog} in the reader's language: Chinese by default.
 */
public record Diagnostic(Code code, String file, int line, int column, List<Object> args) {

    /** Files first, then position, then code: the order a reader goes through a report. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(d -> d.code().id())
            .thenComparing(d -> d.args().toString());

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        file = file == null ? "" : file;
        args = List.copyOf(args);
    }

    public Severity severity() {
        return code.severity();
    }

    public Stage stage() {
        return code.stage();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    public String message(DiagnosticLanguage language) {
        return MessageCatalog.of(language).message(this);
    }

    public String hint(DiagnosticLanguage language) {
        return MessageCatalog.of(language).hint(this);
    }

    /** In the default language (Chinese). */
    public String message() {
        return message(DiagnosticLanguage.DEFAULT);
    }

    /** In the default language (Chinese). */
    public String hint() {
        return hint(DiagnosticLanguage.DEFAULT);
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

    /** One line for a terminal: {@code items/x.md:3:8: 错误 [unknown-organ] 未知的发布机构“x” — 使用 …}. */
    public String format(DiagnosticLanguage language) {
        MessageCatalog c = MessageCatalog.of(language);
        String text = location() + ": " + c.severity(severity()) + " [" + code.id() + "] " + c.message(this);
        String hint = c.hint(this);
        return hint.isEmpty() ? text : text + " — " + hint;
    }

    public String format() {
        return format(DiagnosticLanguage.DEFAULT);
    }
}
