package org.gongkai.core.render.view;

import java.util.List;

/**
 * 信息发布统计 of one year: a row per organ with its items per month, the year's total, how many were published
 * within the deadline (and the share), and how many were withdrawn; and the same per category.
 */
public record StatisticsView(int year, List<Row> organs, List<Row> categories, Row total) {

    public record Row(String name, String href, List<Integer> months, int published, int onTime, String onTimeShare,
                      int withdrawn) {
    }
}
