package org.gongkai.core.report;

import org.gongkai.core.content.Application;

/** The groups of table 四: 行政复议, 行政诉讼（未经复议直接起诉）, 行政诉讼（复议后起诉）. */
public enum AppealRow {
    REVIEW("行政复议", Application.AppealKind.REVIEW),
    LAWSUIT("未经复议直接起诉", Application.AppealKind.LAWSUIT),
    LAWSUIT_AFTER_REVIEW("复议后起诉", Application.AppealKind.LAWSUIT_AFTER_REVIEW);

    private final String label;
    private final Application.AppealKind kind;

    AppealRow(String label, Application.AppealKind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public static AppealRow of(Application.AppealKind k) {
        for (AppealRow r : values()) {
            if (r.kind == k) {
                return r;
            }
        }
        throw new IllegalArgumentException(String.valueOf(k));
    }
}
