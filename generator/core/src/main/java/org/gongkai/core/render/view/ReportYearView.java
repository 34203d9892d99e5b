package org.gongkai.core.render.view;

import java.util.List;

/** The reports of one year in the index, by organ. */
public record ReportYearView(int year, List<ReportSummaryView> reports) {
}
