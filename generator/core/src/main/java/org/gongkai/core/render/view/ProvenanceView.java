package org.gongkai.core.render.view;

/** A version of an item on the main line: commit, date (YYYY-MM-DD), pull request number or empty, subject. */
public record ProvenanceView(String commit, String date, String pullRequest, String subject) {
}
