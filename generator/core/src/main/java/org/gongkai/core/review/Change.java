package org.gongkai.core.review;

import java.util.List;

import org.gongkai.core.diagnostic.Diagnostic;

/**
 * One changed item of a pull request, as an approver needs it: what happened, the metadata that changed, when it
 * goes out, to whom, a readable diff of the text, and every problem the checks found in it.
 *
 * @param path path under content/ at the head ({@code oldPath} at the base; both set for renames)
 * @param scheduled the 发布日期 when it is in the future of the review, else empty
 */
public record Change(Kind kind, String path, String oldPath, String title, List<FieldChange> metadata,
                     String published, String scheduled, String audience, String disclosure, String textDiff,
                     List<Diagnostic> diagnostics) {

    public enum Kind { ADDED, CHANGED, WITHDRAWN, REMOVED, RENAMED, OTHER_FILE }

    public Change {
        metadata = List.copyOf(metadata);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A front-matter key whose value differs; {@code before} or {@code after} is empty when absent. */
    public record FieldChange(String key, String before, String after) {
    }
}
