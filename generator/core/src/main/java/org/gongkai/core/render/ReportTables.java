package org.gongkai.core.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.content.ProactiveLine;
import org.gongkai.core.render.view.ReportTableView;
import org.gongkai.core.render.view.ReportTableView.Cell;
import org.gongkai.core.render.view.ReportTableView.Row;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealColumn;
import org.gongkai.core.report.AppealRow;
import org.gongkai.core.report.ApplicationColumn;
import org.gongkai.core.report.ApplicationRow;
import org.gongkai.core.report.Cells;
import org.gongkai.core.report.ProactiveColumn;
import org.gongkai.core.report.ReportLabels;

/**
 * Tables 二, 三 and 四 of an annual report laid out cell by cell as 国办公开办函〔2021〕30号 draws them, with the
 * rowspans and colspans of its group headings. The layout is made here, from the format's enums, and not in a
 * template: the spans follow from the rows (（三）不予公开 spans its eight reasons), and a theme only styles them.
 * Every number names all the headings over it ({@code headers}), so a screen reader reads a cell of table 三 as
 * 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 申请人情况 / 法人或其他组织 / 商业企业.
 */
final class ReportTables {
    static final String PROACTIVE_ID = "rpt-proactive";
    static final String APPLICATIONS_ID = "rpt-applications";
    static final String APPEALS_ID = "rpt-appeals";

    private ReportTables() {
    }

    // —— 二、主动公开政府信息情况: one block per item of 条例第二十条 ——

    static ReportTableView proactive(AnnualReport r, String caption) {
        String id = PROACTIVE_ID;
        List<List<Row>> bodies = new ArrayList<>();
        ProactiveLine[] lines = ProactiveLine.values();
        int block = 0;
        for (int i = 0; i < lines.length; ) {
            String article = ReportLabels.article(lines[i]);
            int end = i;
            while (end < lines.length && ReportLabels.article(lines[end]).equals(article)) {
                end++;
            }
            block++;
            String blockId = id + "-block-" + block;
            List<ProactiveColumn> columns = columns(lines[i]);
            // Documents have three columns; a yearly figure fills all three.
            int span = columns.size() == 1 ? 3 : 1;
            List<Row> rows = new ArrayList<>();
            rows.add(row(th(article, 4, 1, "rowgroup", blockId, "group")));
            List<Cell> heads = new ArrayList<>();
            heads.add(th(ReportLabels.CONTENT, 1, 1, "col", blockId + "-content", ""));
            for (ProactiveColumn c : columns) {
                heads.add(th(c.label(), span, 1, "col", blockId + "-" + Cells.keyword(c), ""));
            }
            rows.add(new Row(List.copyOf(heads)));
            for (int k = i; k < end; k++) {
                ProactiveLine line = lines[k];
                String rowId = id + "-" + Cells.keyword(line);
                List<Cell> cells = new ArrayList<>();
                cells.add(th(ReportLabels.line(line), 1, 1, "row", rowId, ""));
                for (ProactiveColumn c : columns) {
                    cells.add(td(r.proactive().get(line, c), span,
                            blockId + " " + rowId + " " + blockId + "-" + Cells.keyword(c), Cells.of(line, c)));
                }
                rows.add(new Row(List.copyOf(cells)));
            }
            bodies.add(List.copyOf(rows));
            i = end;
        }
        return new ReportTableView(id, caption, List.of(1, 3), List.of(), List.copyOf(bodies));
    }

    private static List<ProactiveColumn> columns(ProactiveLine line) {
        List<ProactiveColumn> out = new ArrayList<>();
        for (ProactiveColumn c : ProactiveColumn.values()) {
            if (Cells.exists(line, c)) {
                out.add(c);
            }
        }
        return out;
    }

    // —— 三、收到和处理政府信息公开申请情况 ——

    static ReportTableView applications(AnnualReport r, String caption) {
        String id = APPLICATIONS_ID;
        String applicants = id + "-applicants";
        String organizations = id + "-organizations";
        List<Row> head = new ArrayList<>();
        head.add(row(new Cell(false, ReportLabels.BALANCE_NOTE, 3, 3, "", "", "", "", "note"),
                th(ReportLabels.APPLICANTS, 7, 1, "col", applicants, "")));
        head.add(row(th(ApplicationColumn.NATURAL_PERSON.label(), 1, 2, "col", column(ApplicationColumn.NATURAL_PERSON), ""),
                th(ReportLabels.ORGANIZATIONS, 5, 1, "col", organizations, ""),
                th(ApplicationColumn.TOTAL.label(), 1, 2, "col", column(ApplicationColumn.TOTAL), "")));
        List<Cell> kinds = new ArrayList<>();
        for (ApplicationColumn c : ApplicationColumn.applicants()) {
            if (c != ApplicationColumn.NATURAL_PERSON) {
                kinds.add(th(c.label(), 1, 1, "col", column(c), ""));
            }
        }
        head.add(new Row(List.copyOf(kinds)));

        List<Row> received = new ArrayList<>();
        List<Row> results = new ArrayList<>();
        List<Row> carriedOut = new ArrayList<>();
        List<ApplicationRow> resultRows = ApplicationRow.results();
        int resultSpan = resultRows.size() + 1; // and （七）总计
        String resultsId = id + "-results";
        for (ApplicationRow row : ApplicationRow.values()) {
            String rowId = id + "-row-" + Cells.keyword(row);
            List<Cell> cells = new ArrayList<>();
            StringBuilder over = new StringBuilder();
            boolean inResults = row.isResult() || row == ApplicationRow.TOTAL;
            if (!inResults) {
                cells.add(th(row.label(), 3, 1, "row", rowId, ""));
            } else {
                if (results.isEmpty()) {
                    cells.add(th(ApplicationRow.RESULTS, 1, resultSpan, "rowgroup", resultsId, "group"));
                }
                over.append(resultsId).append(' ');
                if (row.group().isPresent()) {
                    String groupId = id + "-" + Cells.keyword(row.kind().orElseThrow());
                    over.append(groupId).append(' ');
                    if (firstOfGroup(row)) {
                        long size = resultRows.stream().filter(x -> x.group().equals(row.group())).count();
                        cells.add(th(row.group().get(), 1, (int) size, "row", groupId, "group"));
                    }
                    cells.add(th(row.label(), 1, 1, "row", rowId, ""));
                } else {
                    cells.add(th(row.label(), 2, 1, "row", rowId, ""));
                }
            }
            over.append(rowId);
            for (ApplicationColumn c : ApplicationColumn.values()) {
                String columnHeads = c == ApplicationColumn.NATURAL_PERSON || c == ApplicationColumn.TOTAL
                        ? applicants + " " + column(c) : applicants + " " + organizations + " " + column(c);
                cells.add(td(r.applications().get(row, c), 1, over + " " + columnHeads, Cells.of(row, c)));
            }
            Row made = new Row(List.copyOf(cells));
            if (inResults) {
                results.add(made);
            } else if (row == ApplicationRow.CARRIED_OUT) {
                carriedOut.add(made);
            } else {
                received.add(made);
            }
        }
        return new ReportTableView(id, caption, List.of(3, 7), List.copyOf(head),
                List.of(List.copyOf(received), List.copyOf(results), List.copyOf(carriedOut)));
    }

    private static String column(ApplicationColumn c) {
        return APPLICATIONS_ID + "-col-" + Cells.keyword(c);
    }

    private static boolean firstOfGroup(ApplicationRow row) {
        int i = row.ordinal();
        return i == 0 || !ApplicationRow.values()[i - 1].group().equals(row.group());
    }

    // —— 四、政府信息公开行政复议、行政诉讼情况: 行政复议, and 行政诉讼 split in two, five columns each ——

    static ReportTableView appeals(AnnualReport r, String caption) {
        String id = APPEALS_ID;
        String lawsuit = id + "-litigation"; // 行政诉讼 over both of its groups
        List<Row> head = new ArrayList<>();
        head.add(row(th(ReportLabels.REVIEW, 5, 1, "col", group(AppealRow.REVIEW), ""),
                th(ReportLabels.LAWSUIT, 10, 1, "col", lawsuit, "")));
        List<Cell> second = new ArrayList<>();
        for (AppealColumn c : AppealColumn.values()) {
            second.add(th(c.label(), 1, 2, "col", column(AppealRow.REVIEW, c), ""));
        }
        List<Cell> third = new ArrayList<>();
        for (AppealRow row : AppealRow.values()) {
            if (row == AppealRow.REVIEW) {
                continue;
            }
            second.add(th(row.label(), 5, 1, "col", group(row), ""));
            for (AppealColumn c : AppealColumn.values()) {
                third.add(th(c.label(), 1, 1, "col", column(row, c), ""));
            }
        }
        head.add(new Row(List.copyOf(second)));
        head.add(new Row(List.copyOf(third)));
        List<Cell> numbers = new ArrayList<>();
        for (AppealRow row : AppealRow.values()) {
            String over = row == AppealRow.REVIEW ? group(row) : lawsuit + " " + group(row);
            for (AppealColumn c : AppealColumn.values()) {
                numbers.add(td(r.appeals().get(row, c), 1, over + " " + column(row, c), Cells.of(row, c)));
            }
        }
        return new ReportTableView(id, caption, List.of(5, 5, 5), List.copyOf(head),
                List.of(List.of(new Row(List.copyOf(numbers)))));
    }

    private static String group(AppealRow row) {
        return APPEALS_ID + "-" + Cells.keyword(row);
    }

    private static String column(AppealRow row, AppealColumn c) {
        return group(row) + "-" + Cells.keyword(c);
    }

    // —— cells ——

    private static Row row(Cell... cells) {
        return new Row(List.of(cells));
    }

    private static Cell th(String text, int colspan, int rowspan, String scope, String id, String kind) {
        return new Cell(true, text, colspan, rowspan, scope, id, "", "", kind);
    }

    private static Cell td(BigDecimal value, int colspan, String headers, String address) {
        return new Cell(false, number(value), colspan, 1, "", "", headers, address, "num");
    }

    /** As written: counts are whole numbers, 行政事业性收费 in 万元 keeps its decimals. */
    static String number(BigDecimal value) {
        return value.toPlainString();
    }
}
