package org.gongkai.core.render.view;

import java.util.List;

/** A year of the archive with its months (only months that have items, newest first); {@code volume} the 年度卷. */
public record YearView(int year, int count, String href, String volume, List<MonthView> months) {
}
