package org.gongkai.core.review;

import java.util.List;

import org.gongkai.core.diagnostic.Diagnostic;

/**
 * What a pull request changes in the content, compared from the merge base of {@code base} to {@code head}.
 * {@code diagnostics} are all problems of the head's content, including those outside the changed files;
 * {@code blocking} the errors that stop the merge (on the changed files, or new in the head, or an 索引号 the
 * base took meanwhile); {@code language} the one the console lines are written in.
 */
public record ReviewSummary(String base, String baseCommit, String head, String headCommit, List<Change> changes,
                            List<Diagnostic> diagnostics, List<ComplianceChange> compliance, List<Diagnostic> blocking,
                            org.gongkai.core.diagnostic.DiagnosticLanguage language) {

    /** A kind of compliance finding whose count the pull request changes (栏目空白, overdue applications …). */
    public record ComplianceChange(org.gongkai.core.diagnostic.Code kind, int before, int after) {
        public boolean worse() {
            return after > before;
        }
    }

    public ReviewSummary {
        changes = List.copyOf(changes);
        diagnostics = List.copyOf(diagnostics);
        compliance = List.copyOf(compliance);
        blocking = List.copyOf(blocking);
    }

    /** Whether the change makes the compliance report worse: approvers are told so first. */
    public boolean complianceWorse() {
        return compliance.stream().anyMatch(ComplianceChange::worse);
    }

    public long count(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
