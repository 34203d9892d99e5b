package org.gongkai.core;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;

/**
 * What a validate or build run produced: every diagnostic, and for a build that wrote, the output folder and
 * counts, and the language the messages are meant to be read in. {@code written} is false whenever there was an error: the previous portal is then untouched.
 */
public record BuildResult(List<Diagnostic> diagnostics, boolean written, Path output, int items, int pages,
                          List<String> scheduled, DiagnosticLanguage language) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        scheduled = List.copyOf(scheduled);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
