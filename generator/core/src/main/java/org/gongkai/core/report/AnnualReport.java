package org.gongkai.core.report;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.core.content.Organ;
import org.gongkai.core.content.ProactiveLine;
import org.gongkai.core.content.ReportSource;

/**
 * One 政府信息公开工作年度报告 in the format of 国办公开办函〔2021〕30号: the office's prose, and the tables 二 (主动公开),
 * 三 (依申请公开) and 四 (复议、诉讼) with the information-processing fees of 六. Once published, the tables are those
 * that were published (frozen), whatever the data says later.
 *
 * @param organs the organs it covers: the organ itself, or every organ of the site for the 本级政府's report
 */
public record AnnualReport(ReportSource source, Organ organ, List<Organ> organs, boolean published,
                           Grid<ProactiveLine, ProactiveColumn> proactive,
                           Grid<ApplicationRow, ApplicationColumn> applications,
                           Grid<AppealRow, AppealColumn> appeals, Fees fees) {

    public AnnualReport {
        organs = List.copyOf(organs);
    }

    public int year() {
        return source.year();
    }

    /** 政府信息公开信息处理费 (国办函〔2020〕109号): fee notices sent, and what was asked and collected, in yuan. */
    public record Fees(long notices, BigDecimal notified, BigDecimal collected) {
        public static final Fees NONE = new Fees(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }

    /** "示例县财政局2025年政府信息公开工作年度报告". */
    public String title() {
        return owner() + year() + "年政府信息公开工作年度报告";
    }

    /** Whose report it is: the organ, or for the 本级政府's report the government itself (示例县人民政府). */
    public String owner() {
        return source.scope() == ReportSource.Scope.COUNTY ? organsOwner() : organ.name();
    }

    /** The 本级政府's name without 办公室: 示例县人民政府办公室 → 示例县人民政府. */
    private String organsOwner() {
        String n = organ.name();
        return n.endsWith("办公室") ? n.substring(0, n.length() - "办公室".length()) : n;
    }
}
