package org.gongkai.core.render.view;

/**
 * 留言受理反馈情况统计 of one year (of the replies' publication): replies published, those within the office's
 * commitment, and the average working days from receipt to reply, with one decimal ("6.5").
 */
public record ReplyYearView(int year, int published, int onTime, String averageDays) {
}
