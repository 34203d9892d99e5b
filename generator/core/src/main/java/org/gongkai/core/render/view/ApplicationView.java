package org.gongkai.core.render.view;

/**
 * A row of the internal build's 依申请公开 register. {@code status} is one of overdue, due-soon, open, late, answered;
 * {@code outcome} the report's words for the answer (empty while open).
 */
public record ApplicationView(String id, String organ, String received, String channel, String applicant,
                              String request, String due, String replied, String outcome, String status,
                              String extension, String appeals, String file) {
}
