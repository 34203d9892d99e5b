package org.gongkai.core.render.view;

import java.util.List;

/**
 * An annual report's page, in the order of 国办公开办函〔2021〕30号. {@code overviewHtml}, {@code problemsHtml} and
 * {@code otherHtml} are the office's Markdown as sanitized HTML; {@code headings} and the tables carry the format's
 * own words, in {@code formatLang}. {@code published} is empty for a draft ({@code draft}: only in internal and
 * preview builds). {@code fees*} are the 信息处理费 of 六 (件, 元). {@code json} and {@code csv} are the data files.
 */
public record ReportView(String title, String organ, String organCode, int year, String scope, String published,
                         boolean draft, String formatLang, Headings headings, String overviewHtml,
                         ReportTableView proactive, ReportTableView applications, ReportTableView appeals,
                         String problemsHtml, String otherHtml, String feeNotices, String feeNotified,
                         String feeCollected, List<ChangeView> changes, String json, String csv) {

    /** The six parts' headings: 一、总体情况 … 六、其他需要报告的事项. */
    public record Headings(String overview, String proactive, String applications, String appeals, String problems,
                           String other) {
    }
}
