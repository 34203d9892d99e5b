package org.gongkai.core.report;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.content.ProactiveLine;

/**
 * The words of the report as 国办公开办函〔2021〕30号 writes them: its six parts, the headings of tables 二, 三 and 四,
 * and the path of headings over each cell. They are the format's own, so they stay as written in every UI language.
 */
public final class ReportLabels {
    public static final String OVERVIEW = "一、总体情况";
    public static final String PROACTIVE = "二、主动公开政府信息情况";
    public static final String APPLICATIONS = "三、收到和处理政府信息公开申请情况";
    public static final String APPEALS = "四、政府信息公开行政复议、行政诉讼情况";
    public static final String PROBLEMS = "五、存在的主要问题及改进情况";
    public static final String OTHER = "六、其他需要报告的事项";

    /** Table 二: the heading over the lines' names. */
    public static final String CONTENT = "信息内容";
    /** Table 三: the cell over the row headings, which states the 勾稽 rule of every column. */
    public static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public static final String APPLICANTS = "申请人情况";
    public static final String ORGANIZATIONS = "法人或其他组织";
    public static final String REVIEW = "行政复议";
    public static final String LAWSUIT = "行政诉讼";

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

    /** The headings over a row of table 二, outermost first: 第二十条第（一）项, 规章. */
    public static List<String> rowPath(ProactiveLine l) {
        return List.of(article(l), line(l));
    }

    /** 三、本年度办理结果, （三）不予公开, 1.属于国家秘密; or the row's own label for 一, 二 and 四. */
    public static List<String> rowPath(ApplicationRow r) {
        List<String> path = new ArrayList<>();
        if (r.isResult() || r == ApplicationRow.TOTAL) {
            path.add(ApplicationRow.RESULTS);
        }
        r.group().ifPresent(path::add);
        path.add(r.label());
        return List.copyOf(path);
    }

    /** 申请人情况, 法人或其他组织, 商业企业; 申请人情况, 自然人; 申请人情况, 总计. */
    public static List<String> columnPath(ApplicationColumn c) {
        boolean organization = c != ApplicationColumn.NATURAL_PERSON && c != ApplicationColumn.TOTAL;
        return organization ? List.of(APPLICANTS, ORGANIZATIONS, c.label()) : List.of(APPLICANTS, c.label());
    }

    /** 行政复议; 行政诉讼, 未经复议直接起诉; 行政诉讼, 复议后起诉. */
    public static List<String> rowPath(AppealRow r) {
        return r == AppealRow.REVIEW ? List.of(r.label()) : List.of(LAWSUIT, r.label());
    }
}
