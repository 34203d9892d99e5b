package org.gongkai.core.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.content.ChangeNote;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.ProactiveLine;
import org.gongkai.core.internal.Json;
import org.gongkai.core.model.PortalLayout;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AppealColumn;
import org.gongkai.core.report.AppealRow;
import org.gongkai.core.report.ApplicationColumn;
import org.gongkai.core.report.ApplicationRow;
import org.gongkai.core.report.Cells;
import org.gongkai.core.report.ProactiveColumn;
import org.gongkai.core.report.ReportLabels;

/**
 * An annual report's numbers as open data beside its page: JSON with every cell by its address
 * ({@link Cells}) and the format's labels, and CSV with one row per cell (表, 行, 列, 数值). Cells come in the
 * format's order, so the bytes are the same for the same report.
 */
final class ReportData {
    static final String FORMAT = "国办公开办函〔2021〕30号";
    /** The headings over a cell, outermost first, joined as one text for CSV and JSON alike. */
    static final String PATH = " / ";
    private static final String FEES_TABLE = ReportLabels.OTHER;
    private static final String FEES_ROW = "政府信息公开信息处理费";

    private ReportData() {
    }

    /** One cell: its address, the table's title, the headings of its row and of its column, and its number. */
    record Cell(String address, String table, String row, String column, BigDecimal value) {
    }

    static List<Cell> cells(AnnualReport r) {
        List<Cell> out = new ArrayList<>();
        for (ProactiveLine line : ProactiveLine.values()) {
            for (ProactiveColumn c : ProactiveColumn.values()) {
                if (Cells.exists(line, c)) {
                    out.add(new Cell(Cells.of(line, c), ReportLabels.PROACTIVE,
                            String.join(PATH, ReportLabels.rowPath(line)), c.label(), r.proactive().get(line, c)));
                }
            }
        }
        for (ApplicationRow row : ApplicationRow.values()) {
            for (ApplicationColumn c : ApplicationColumn.values()) {
                out.add(new Cell(Cells.of(row, c), ReportLabels.APPLICATIONS,
                        String.join(PATH, ReportLabels.rowPath(row)), String.join(PATH, ReportLabels.columnPath(c)),
                        r.applications().get(row, c)));
            }
        }
        for (AppealRow row : AppealRow.values()) {
            for (AppealColumn c : AppealColumn.values()) {
                out.add(new Cell(Cells.of(row, c), ReportLabels.APPEALS, String.join(PATH, ReportLabels.rowPath(row)),
                        c.label(), r.appeals().get(row, c)));
            }
        }
        return out;
    }

    static String json(String baseUrl, AnnualReport r) {
        Organ o = r.organ();
        Json.Writer w = new Json.Writer();
        w.beginObject();
        w.name("title").value(r.title());
        w.name("year").value(r.year());
        w.name("organ").beginObject();
        w.name("id").value(o.id());
        w.name("name").value(o.name());
        w.name("code").value(o.code());
        w.endObject();
        w.name("scope").value(ViewFactory.key(r.source().scope()));
        w.name("organs").beginArray();
        r.organs().forEach(x -> w.value(x.id()));
        w.endArray();
        w.name("published").value(r.source().published().map(LocalDate::toString).orElse(null));
        w.name("draft").value(!r.published());
        w.name("url").value(baseUrl + PortalLayout.report(r.year(), o.id()));
        w.name("format").value(FORMAT);
        w.name("cells").beginObject();
        for (Cell c : cells(r)) {
            w.name(c.address()).beginObject();
            w.name("table").value(c.table());
            w.name("row").value(c.row());
            w.name("column").value(c.column());
            w.name("value").value(c.value());
            w.endObject();
        }
        w.endObject();
        // 国办函〔2020〕109号: the number of fee notices, what they asked for and what was collected, in yuan.
        w.name("fees").beginObject();
        w.name("notices").value(r.fees().notices());
        w.name("notified").value(yuan(r.fees().notified()));
        w.name("collected").value(yuan(r.fees().collected()));
        w.name("unit").value("元");
        w.endObject();
        w.name("changes").beginArray();
        for (ChangeNote n : r.source().changes()) {
            w.beginObject();
            w.name("date").value(n.date().toString());
            w.name("note").value(n.note());
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
    }

    /** RFC 4180 with a UTF-8 byte order mark, like data/items.csv; the fees of 六 close it. */
    static String csv(AnnualReport r) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append("表,行,列,数值\r\n");
        for (Cell c : cells(r)) {
            line(sb, c.table(), c.row(), c.column(), c.value().toPlainString());
        }
        line(sb, FEES_TABLE, FEES_ROW, "发出收费通知件数", String.valueOf(r.fees().notices()));
        line(sb, FEES_TABLE, FEES_ROW, "收费通知总金额（元）", yuan(r.fees().notified()).toPlainString());
        line(sb, FEES_TABLE, FEES_ROW, "实际收取总金额（元）", yuan(r.fees().collected()).toPlainString());
        return sb.toString();
    }

    private static void line(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(OpenData.cell(fields[i]));
        }
        sb.append("\r\n");
    }

    /** Yuan with two decimals at least (a register writes 100 or 20.5): 100.00, 20.50. */
    static BigDecimal yuan(BigDecimal d) {
        return d.scale() < 2 ? d.setScale(2) : d;
    }
}
