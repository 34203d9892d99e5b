package org.gongkai.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.StringJoiner;

import org.gongkai.core.content.ProactiveLine;

/**
 * Writes the frozen copy of a report (content/reports/&lt;yyyy&gt;/&lt;organ&gt;.frozen.yaml): every cell as it is at
 * publication, so that the published report stays as it was whatever the register or the items say later. The
 * text is the same for the same report (cells in the format's order), so a re-freeze shows in a diff as exactly
 * the cells that changed.
 */
public final class ReportFreezer {
    private ReportFreezer() {
    }

    public static String yaml(AnnualReport r, LocalDate on) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(r.title()).append("：发布时的数据。由 mvn gongkai:freeze-report 写出，请勿手改；\n")
                .append("# 更正时在报告的 changes 中写更正说明，再重新运行 freeze-report。\n");
        sb.append("frozen-on: ").append(on).append('\n');
        sb.append(Cells.PROACTIVE).append(":\n");
        for (ProactiveLine line : ProactiveLine.values()) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            for (ProactiveColumn c : ProactiveColumn.values()) {
                if (Cells.exists(line, c)) {
                    j.add(Cells.keyword(c) + ": " + plain(r.proactive().get(line, c)));
                }
            }
            sb.append("  ").append(Cells.keyword(line)).append(": ").append(j).append('\n');
        }
        sb.append(Cells.APPLICATIONS).append(":\n");
        for (ApplicationRow row : ApplicationRow.values()) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            for (ApplicationColumn c : ApplicationColumn.values()) {
                j.add(Cells.keyword(c) + ": " + plain(r.applications().get(row, c)));
            }
            sb.append("  ").append(Cells.keyword(row)).append(": ").append(j).append('\n');
        }
        sb.append(Cells.APPEALS).append(":\n");
        for (AppealRow row : AppealRow.values()) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            for (AppealColumn c : AppealColumn.values()) {
                j.add(Cells.keyword(c) + ": " + plain(r.appeals().get(row, c)));
            }
            sb.append("  ").append(Cells.keyword(row)).append(": ").append(j).append('\n');
        }
        sb.append("fees: {notices: ").append(r.fees().notices()).append(", notified: ").append(plain(r.fees().notified()))
                .append(", collected: ").append(plain(r.fees().collected())).append("}\n");
        return sb.toString();
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
