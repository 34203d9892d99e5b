package org.gongkai.core.report;

import org.gongkai.core.content.ProactiveLine;

/** The words of table 二 as 国办公开办函〔2021〕30号 writes them. */
public final class ReportLabels {
    private ReportLabels() {
    }

    public static String line(ProactiveLine l) {
        return switch (l) {
            case REGULATIONS -> "规章";
            case NORMATIVE_DOCUMENTS -> "行政规范性文件";
            case LICENSING -> "行政许可";
            case PENALTIES -> "行政处罚";
            case ENFORCEMENT -> "行政强制";
            case FEES -> "行政事业性收费";
        };
    }

    /** The item of 条例第二十条 each block of table 二 reports on. */
    public static String article(ProactiveLine l) {
        return switch (l) {
            case REGULATIONS, NORMATIVE_DOCUMENTS -> "第二十条第（一）项";
            case LICENSING -> "第二十条第（五）项";
            case PENALTIES, ENFORCEMENT -> "第二十条第（六）项";
            case FEES -> "第二十条第（八）项";
        };
    }
}
