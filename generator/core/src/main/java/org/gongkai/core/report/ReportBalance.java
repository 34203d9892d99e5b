package org.gongkai.core.report;

import java.math.BigDecimal;
import java.util.Optional;

import org.gongkai.core.content.ProactiveLine;
import org.gongkai.core.content.ReportSource;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Phrase;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * The 勾稽 rules between cells of an annual report. Table 三: for every column, 一 plus 二 equals 三（七）总计 plus 四;
 * 总计 is the sum of the applicant columns; （七）总计 is the sum of （一） to （六）. Table 四: each group's 总计 is the sum
 * of its four results. Against last year's report: 上年结转 is last year's 结转下年度继续办理, and 现行有效 is last year's
 * plus 本年制发 less 本年废止. A break is an error naming the cells and their numbers.
 */
final class ReportBalance {
    /** The rules, each a message with its numbers. */
    enum Rule { CARRY, ROW_TOTAL, RESULT_TOTAL, APPEAL_TOTAL, CARRIED_FROM_LAST_YEAR, VALID_FROM_LAST_YEAR }

    private final ReportSource source;
    private final Diagnostics diagnostics;

    ReportBalance(ReportSource source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    void check(AnnualReport r, Optional<AnnualReport> lastYear) {
        var t = r.applications();
        for (ApplicationColumn c : ApplicationColumn.values()) {
            BigDecimal in = t.get(ApplicationRow.NEW, c).add(t.get(ApplicationRow.CARRIED_IN, c));
            BigDecimal out = t.get(ApplicationRow.TOTAL, c).add(t.get(ApplicationRow.CARRIED_OUT, c));
            if (in.compareTo(out) != 0) {
                report(Rule.CARRY, Cells.of(ApplicationRow.NEW, c), c.label(), t.get(ApplicationRow.NEW, c), t.get(ApplicationRow.CARRIED_IN, c), in,
                        t.get(ApplicationRow.TOTAL, c), t.get(ApplicationRow.CARRIED_OUT, c), out);
            }
            BigDecimal results = ApplicationRow.results().stream().map(row -> t.get(row, c)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (results.compareTo(t.get(ApplicationRow.TOTAL, c)) != 0) {
                report(Rule.RESULT_TOTAL, Cells.of(ApplicationRow.TOTAL, c), c.label(), t.get(ApplicationRow.TOTAL, c), results);
            }
        }
        for (ApplicationRow row : ApplicationRow.values()) {
            BigDecimal sum = ApplicationColumn.applicants().stream().map(c -> t.get(row, c)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(t.get(row, ApplicationColumn.TOTAL)) != 0) {
                report(Rule.ROW_TOTAL, Cells.of(row, ApplicationColumn.TOTAL), row.label(), t.get(row, ApplicationColumn.TOTAL), sum);
            }
        }
        for (AppealRow row : AppealRow.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (AppealColumn c : AppealColumn.values()) {
                if (c != AppealColumn.TOTAL) {
                    sum = sum.add(r.appeals().get(row, c));
                }
            }
            if (sum.compareTo(r.appeals().get(row, AppealColumn.TOTAL)) != 0) {
                report(Rule.APPEAL_TOTAL, Cells.of(row, AppealColumn.TOTAL), row.label(), r.appeals().get(row, AppealColumn.TOTAL), sum);
            }
        }
        lastYear.ifPresent(last -> againstLastYear(r, last));
    }

    private void againstLastYear(AnnualReport r, AnnualReport last) {
        for (ApplicationColumn c : ApplicationColumn.values()) {
            BigDecimal now = r.applications().get(ApplicationRow.CARRIED_IN, c);
            BigDecimal then = last.applications().get(ApplicationRow.CARRIED_OUT, c);
            if (now.compareTo(then) != 0) {
                report(Rule.CARRIED_FROM_LAST_YEAR, Cells.of(ApplicationRow.CARRIED_IN, c), c.label(), now, last.year(), then);
            }
        }
        for (ProactiveLine line : ProactiveLine.values()) {
            if (!line.isDocuments()) {
                continue;
            }
            BigDecimal valid = r.proactive().get(line, ProactiveColumn.VALID);
            BigDecimal expected = last.proactive().get(line, ProactiveColumn.VALID)
                    .add(r.proactive().get(line, ProactiveColumn.MADE)).subtract(r.proactive().get(line, ProactiveColumn.REPEALED));
            if (valid.compareTo(expected) != 0) {
                report(Rule.VALID_FROM_LAST_YEAR, Cells.of(line, ProactiveColumn.VALID), ReportLabels.line(line), valid, last.year(),
                        last.proactive().get(line, ProactiveColumn.VALID), r.proactive().get(line, ProactiveColumn.MADE),
                        r.proactive().get(line, ProactiveColumn.REPEALED), expected);
            }
        }
    }

    /** Reported at the cell where it was written by hand, or at the report's file when it was computed. */
    private void report(Rule rule, String cell, Object... numbers) {
        Object[] args = new Object[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            args[i] = numbers[i] instanceof BigDecimal b ? b.toPlainString() : numbers[i];
        }
        SourcePosition at = source.given().positions().getOrDefault(cell, source.at("year"));
        diagnostics.add(Code.REPORT_BALANCE, at, source.year(), Phrase.of(rule, args), Phrase.hint(rule));
    }
}
