package org.gongkai.core.review;

import java.util.List;

import org.gongkai.core.diagnostic.Diagnostic;

/**
 * What a pull request changes in the content, compared from the merge base of {@code base} to {@code head}.
 * {@code diagnostics} are all problems of the head's content, including those outside the changed files.
 */
public record ReviewSummary(String base, String baseCommit, String head, String headCommit, List<Change> changes,
                            List<Diagnostic> diagnostics) {

    public ReviewSummary {
        changes = List.copyOf(changes);
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
