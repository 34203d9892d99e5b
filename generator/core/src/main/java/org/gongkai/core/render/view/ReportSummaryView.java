package org.gongkai.core.render.view;

/** An annual report in the index: its page and data files; {@code published} is empty for a draft. */
public record ReportSummaryView(String title, String organ, int year, String href, String json, String csv,
                                String published, boolean draft) {
}
