package org.gongkai.core.render.view;

import java.util.List;

/** An item in a list. {@code date} is the 发布日期 (YYYY-MM-DD); {@code marks} non-public reasons (internal builds). */
public record ItemSummaryView(String title, String href, String date, String organ, String category, String index,
                              String docNumber, String genre, String validity, String lang, boolean withdrawn,
                              List<String> marks) {
}
