package org.gongkai.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A content file on the main line: when it first arrived, when it last changed, and every version with the
 * commit (usually the merge of a pull request) that brought it.
 */
public record FileHistory(Instant firstAdded, Instant lastChanged, List<Version> versions) {

    public FileHistory {
        versions = List.copyOf(versions);
    }

    /** One version of the file: the main-line commit that published it, and its pull request when known. */
    public record Version(String commit, Instant when, String subject, Optional<Integer> pullRequest) {
    }

    FileHistory with(Version v) {
        List<Version> all = new java.util.ArrayList<>(versions);
        all.add(v);
        return new FileHistory(firstAdded, v.when(), all);
    }
}
