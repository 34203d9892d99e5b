package org.gongkai.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.core.check.References;
import org.gongkai.core.content.Application;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.ChangeNote;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.ProactiveLine;
import org.gongkai.core.content.ReportCells;
import org.gongkai.core.content.ReportSource;
import org.gongkai.core.content.Validity;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * Makes the annual reports of a site from its report sources, items and register, in year order so that each can be
 * held against the year before (勾稽: 上年结转 is last year's 结转下年度, 现行有效 carries on). A published report keeps
 * its frozen cells; a difference with what the data says now is reported, not shown.
 */
public final class AnnualReports {
    private final Content content;
    private final LocalDate today;
    private final Diagnostics diagnostics;
    private final References references;

    public AnnualReports(Content content, LocalDate today, Diagnostics diagnostics) {
        this(content, today, diagnostics, new References(content.items()));
    }

    /** The same, with the content's references already indexed (the model indexes them once for all its uses). */
    public AnnualReports(Content content, LocalDate today, Diagnostics diagnostics, References references) {
        this.content = content;
        this.today = today;
        this.diagnostics = diagnostics;
        this.references = references;
    }

    /** Every report with a source, by year then organ. */
    public List<AnnualReport> build() {
        List<ReportSource> sources = content.reports().stream()
                .sorted(Comparator.comparingInt(ReportSource::year).thenComparing(ReportSource::organ)).toList();
        Map<String, AnnualReport> last = new HashMap<>();
        List<AnnualReport> out = new ArrayList<>();
        for (ReportSource s : sources) {
            Optional<Organ> organ = content.site().organ(s.organ());
            if (organ.isEmpty()) {
                diagnostics.add(Code.UNKNOWN_ORGAN, s.at("organ"), s.organ(),
                        String.join(", ", content.site().organsById().keySet()));
                continue;
            }
            List<Organ> organs = s.scope() == ReportSource.Scope.COUNTY ? content.site().organs() : List.of(organ.get());
            AnnualReport report = report(s, organ.get(), organs);
            String series = s.organ() + "/" + s.scope();
            new ReportBalance(s, diagnostics).check(report, Optional.ofNullable(last.get(series))
                    .filter(r -> r.year() == s.year() - 1));
            last.put(series, report);
            out.add(report);
        }
        missing(sources);
        return List.copyOf(out);
    }

    /**
     * 条例第四十九条: every administrative organ publishes the year's report by 31 January of the next. From the first
     * year an organ has content here, a year whose report is not published by then is reported (villages and Party
     * organs publish no 政府信息公开 report).
     */
    private void missing(List<ReportSource> sources) {
        // Each organ's first year in one pass: filtering every item for every organ was O(organs × items).
        java.util.Map<String, Integer> firstYear = new java.util.HashMap<>();
        content.items().forEach(i -> firstYear.merge(i.organ(), i.written().getYear(), Math::min));
        content.applications().forEach(a -> firstYear.merge(a.organ(), a.received().getYear(), Math::min));
        for (Organ o : content.site().organs()) {
            if (o.type() != org.gongkai.core.content.OrganType.GOVERNMENT && o.type() != org.gongkai.core.content.OrganType.DEPARTMENT
                    && o.type() != org.gongkai.core.content.OrganType.TOWNSHIP) {
                continue;
            }
            Optional<Integer> first = Optional.ofNullable(firstYear.get(o.id()));
            if (first.isEmpty()) {
                continue;
            }
            for (int y = first.get(); y < today.getYear(); y++) {
                LocalDate due = LocalDate.of(y + 1, 1, 31);
                int year = y;
                boolean published = sources.stream().anyMatch(s -> s.year() == year && s.organ().equals(o.id())
                        && s.isPublished(today));
                if (today.isAfter(due) && !published) {
                    diagnostics.add(Code.REPORT_MISSING, o.at(), o.name(), year, due, o.id());
                }
            }
        }
    }

    /**
     * The report of an organ and year as the data says now, whether or not it is published: what
     * gongkai:freeze-report writes down.
     */
    public Optional<AnnualReport> computed(int year, String organ) {
        return content.reports().stream().filter(s -> s.year() == year && s.organ().equals(organ)).findFirst()
                .flatMap(s -> content.site().organ(s.organ()).map(o -> compute(s, o,
                        s.scope() == ReportSource.Scope.COUNTY ? content.site().organs() : List.of(o))));
    }

    private AnnualReport compute(ReportSource s, Organ organ, List<Organ> organs) {
        Set<String> ids = organs.stream().map(Organ::id).collect(Collectors.toSet());
        Grid<ProactiveLine, ProactiveColumn> proactive = proactive(s, ids);
        Grid<ApplicationRow, ApplicationColumn> applications = s.given().hasTable(Cells.APPLICATIONS + "/")
                ? givenApplications(s.given()) : applications(s.year(), ids);
        Grid<AppealRow, AppealColumn> appeals = s.given().hasTable(Cells.APPEALS + "/")
                ? givenAppeals(s.given()) : appeals(s.year(), ids);
        return new AnnualReport(s, organ, organs, s.isPublished(today), proactive, applications, appeals,
                fees(s.year(), ids));
    }

    private AnnualReport report(ReportSource s, Organ organ, List<Organ> organs) {
        checkAddresses(s, s.given());
        s.frozen().ifPresent(f -> checkAddresses(s, f));
        AnnualReport computed = compute(s, organ, organs);
        if (!s.isPublished(today)) {
            return computed;
        }
        if (s.frozen().isEmpty()) {
            diagnostics.add(Code.REPORT_NOT_FROZEN, s.at("published"), computed.title(), s.published().get(),
                    s.year(), s.organ());
            return computed;
        }
        s.frozenOn().filter(d -> d.isAfter(s.published().get())).ifPresent(d -> {
            boolean noted = s.changes().stream().map(ChangeNote::date).anyMatch(n -> !n.isBefore(d));
            if (!noted) {
                diagnostics.add(Code.REPORT_CHANGED_WITHOUT_NOTE, s.at("published"), computed.title(), d);
            }
        });
        AnnualReport frozen = frozen(computed, s.frozen().get());
        List<String> changed = differences(computed, frozen);
        if (!changed.isEmpty()) {
            diagnostics.add(Code.REPORT_CHANGED, s.at("published"), computed.title(), s.published().get(),
                    String.join("；", changed.stream().limit(5).toList()) + (changed.size() > 5 ? "……" : ""),
                    s.year(), s.organ());
        }
        return frozen;
    }

    // —— table 二: items in the categories the catalog maps to a line, and the figures no item carries ——

    private Grid<ProactiveLine, ProactiveColumn> proactive(ReportSource s, Set<String> organs) {
        Grid.Builder<ProactiveLine, ProactiveColumn> g = Grid.builder(ProactiveLine.class, ProactiveColumn.class);
        LocalDate end = LocalDate.of(s.year(), 12, 31);
        for (Item i : content.items()) {
            if (i.draft() || !organs.contains(i.organ())) {
                continue;
            }
            Optional<ProactiveLine> line = lineOf(i);
            if (line.isEmpty()) {
                continue;
            }
            if (line.get().isDocuments()) {
                Optional<LocalDate> ended = ended(i);
                if (i.written().getYear() == s.year()) {
                    g.add(line.get(), ProactiveColumn.MADE, 1);
                }
                if (ended.filter(d -> d.getYear() == s.year()).isPresent()) {
                    g.add(line.get(), ProactiveColumn.REPEALED, 1);
                }
                boolean stillValid = ended.map(d -> d.isAfter(end)).orElse(i.validity() == Validity.VALID);
                if (!i.written().isAfter(end) && stillValid) {
                    g.add(line.get(), ProactiveColumn.VALID, 1);
                }
            } else if (line.get() != ProactiveLine.FEES && i.written().getYear() == s.year()) {
                g.add(line.get(), ProactiveColumn.DECISIONS, 1);
            }
        }
        s.figures().forEach((line, value) -> {
            if (!line.isDocuments()) {
                g.set(line, line == ProactiveLine.FEES ? ProactiveColumn.AMOUNT : ProactiveColumn.DECISIONS, value);
            }
        });
        for (var e : s.given().values().entrySet()) {
            Cells.parse(e.getKey()).filter(rc -> rc[0] instanceof ProactiveLine)
                    .ifPresent(rc -> g.set((ProactiveLine) rc[0], (ProactiveColumn) rc[1], e.getValue()));
        }
        return g.build();
    }

    /** The line of table 二 a category (or the nearest of its ancestors) is mapped to. */
    private Optional<ProactiveLine> lineOf(Item i) {
        for (Optional<Category> c = content.catalog().get(i.category()); c.isPresent();
             c = c.get().parent().isEmpty() ? Optional.empty() : content.catalog().get(c.get().parent())) {
            if (c.get().annualReport().isPresent()) {
                return c.get().annualReport();
            }
        }
        return Optional.empty();
    }

    /**
     * When a document stopped being in force: its {@code valid-until}, or for a repealed one the 成文日期 of the
     * document that repealed it. Empty when it is in force, or when no date is known (then it is not counted as
     * repealed in any year, and not as in force either once it says it is not).
     */
    private Optional<LocalDate> ended(Item i) {
        if (i.validUntil().isPresent()) {
            return i.validUntil();
        }
        if (i.validity() == Validity.REPEALED) {
            return i.repealedBy().flatMap(references::resolve).map(Item::written);
        }
        return Optional.empty();
    }

    // —— table 三 and 四 from the register ——

    private Grid<ApplicationRow, ApplicationColumn> applications(int year, Set<String> organs) {
        Grid.Builder<ApplicationRow, ApplicationColumn> g = Grid.builder(ApplicationRow.class, ApplicationColumn.class);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        for (Application a : content.applications()) {
            if (!organs.contains(a.organ()) || a.received().isAfter(end)) {
                continue;
            }
            ApplicationColumn col = ApplicationColumn.of(a.applicant());
            Optional<LocalDate> replied = a.replied();
            boolean openAtStart = a.received().isBefore(start) && replied.map(r -> !r.isBefore(start)).orElse(true);
            if (a.received().getYear() == year) {
                count(g, ApplicationRow.NEW, col);
            } else if (openAtStart) {
                count(g, ApplicationRow.CARRIED_IN, col);
            } else {
                continue; // answered in an earlier year
            }
            if (replied.isPresent() && !replied.get().isAfter(end) && a.outcome().isPresent()) {
                count(g, ApplicationRow.of(a.outcome().get()), col);
                count(g, ApplicationRow.TOTAL, col);
            } else {
                count(g, ApplicationRow.CARRIED_OUT, col);
            }
        }
        return g.build();
    }

    private static void count(Grid.Builder<ApplicationRow, ApplicationColumn> g, ApplicationRow row, ApplicationColumn col) {
        g.add(row, col, 1);
        g.add(row, ApplicationColumn.TOTAL, 1);
    }

    /** Appeals lodged in the year, each in the state it was in at the year's end. */
    private Grid<AppealRow, AppealColumn> appeals(int year, Set<String> organs) {
        Grid.Builder<AppealRow, AppealColumn> g = Grid.builder(AppealRow.class, AppealColumn.class);
        LocalDate end = LocalDate.of(year, 12, 31);
        for (Application a : content.applications()) {
            if (!organs.contains(a.organ())) {
                continue;
            }
            for (Application.Appeal p : a.appeals()) {
                if (p.filed().getYear() != year) {
                    continue;
                }
                AppealColumn col = p.decided().filter(d -> !d.isAfter(end)).flatMap(d -> p.result())
                        .map(r -> switch (r) {
                            case UPHELD -> AppealColumn.UPHELD;
                            case CORRECTED -> AppealColumn.CORRECTED;
                            case OTHER -> AppealColumn.OTHER;
                        }).orElse(AppealColumn.PENDING);
                AppealRow row = AppealRow.of(p.kind());
                g.add(row, col, 1);
                g.add(row, AppealColumn.TOTAL, 1);
            }
        }
        return g.build();
    }

    /** Fee notices of the applications answered in the year. */
    private AnnualReport.Fees fees(int year, Set<String> organs) {
        long notices = 0;
        BigDecimal notified = BigDecimal.ZERO.setScale(2);
        BigDecimal collected = BigDecimal.ZERO.setScale(2);
        for (Application a : content.applications()) {
            if (organs.contains(a.organ()) && a.replied().filter(r -> r.getYear() == year).isPresent()
                    && a.fee().notified().signum() > 0) {
                notices++;
                notified = notified.add(a.fee().notified());
                collected = collected.add(a.fee().collected());
            }
        }
        return new AnnualReport.Fees(notices, notified, collected);
    }

    // —— cells written in files: by hand (a year without the register here) or frozen at publication ——

    private Grid<ApplicationRow, ApplicationColumn> givenApplications(ReportCells cells) {
        Grid.Builder<ApplicationRow, ApplicationColumn> g = Grid.builder(ApplicationRow.class, ApplicationColumn.class);
        for (ApplicationRow r : ApplicationRow.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (ApplicationColumn c : ApplicationColumn.applicants()) {
                BigDecimal v = cells.get(Cells.of(r, c)).orElse(BigDecimal.ZERO);
                g.set(r, c, v);
                sum = sum.add(v);
            }
            g.set(r, ApplicationColumn.TOTAL, cells.get(Cells.of(r, ApplicationColumn.TOTAL)).orElse(sum));
        }
        for (ApplicationColumn c : ApplicationColumn.values()) {
            if (cells.get(Cells.of(ApplicationRow.TOTAL, c)).isEmpty()) {
                BigDecimal sum = ApplicationRow.results().stream().map(r -> g.get(r, c)).reduce(BigDecimal.ZERO, BigDecimal::add);
                g.set(ApplicationRow.TOTAL, c, sum);
            }
        }
        return g.build();
    }

    private Grid<AppealRow, AppealColumn> givenAppeals(ReportCells cells) {
        Grid.Builder<AppealRow, AppealColumn> g = Grid.builder(AppealRow.class, AppealColumn.class);
        for (AppealRow r : AppealRow.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (AppealColumn c : AppealColumn.values()) {
                if (c != AppealColumn.TOTAL) {
                    BigDecimal v = cells.get(Cells.of(r, c)).orElse(BigDecimal.ZERO);
                    g.set(r, c, v);
                    sum = sum.add(v);
                }
            }
            g.set(r, AppealColumn.TOTAL, cells.get(Cells.of(r, AppealColumn.TOTAL)).orElse(sum));
        }
        return g.build();
    }

    /** The report as it was published: every cell from the frozen copy (a cell it lacks is zero). */
    private AnnualReport frozen(AnnualReport computed, ReportCells cells) {
        Grid.Builder<ProactiveLine, ProactiveColumn> p = Grid.builder(ProactiveLine.class, ProactiveColumn.class);
        for (ProactiveLine r : ProactiveLine.values()) {
            for (ProactiveColumn c : ProactiveColumn.values()) {
                if (Cells.exists(r, c)) {
                    p.set(r, c, cells.get(Cells.of(r, c)).orElse(BigDecimal.ZERO));
                }
            }
        }
        AnnualReport.Fees fees = new AnnualReport.Fees(cells.get("fees/notices").map(BigDecimal::longValue).orElse(0L),
                cells.get("fees/notified").orElse(BigDecimal.ZERO.setScale(2)),
                cells.get("fees/collected").orElse(BigDecimal.ZERO.setScale(2)));
        return new AnnualReport(computed.source(), computed.organ(), computed.organs(), true, p.build(),
                givenApplications(cells), givenAppeals(cells), fees);
    }

    /** "表三 一、本年新收政府信息公开申请数量 自然人 12 → 13" for each cell that differs. */
    private static List<String> differences(AnnualReport now, AnnualReport published) {
        List<String> out = new ArrayList<>();
        for (ProactiveLine r : ProactiveLine.values()) {
            for (ProactiveColumn c : ProactiveColumn.values()) {
                if (Cells.exists(r, c)) {
                    diff(out, "表二 " + ReportLabels.line(r) + " " + c.label(), published.proactive().get(r, c), now.proactive().get(r, c));
                }
            }
        }
        for (ApplicationRow r : ApplicationRow.values()) {
            for (ApplicationColumn c : ApplicationColumn.values()) {
                diff(out, "表三 " + r.label() + " " + c.label(), published.applications().get(r, c), now.applications().get(r, c));
            }
        }
        for (AppealRow r : AppealRow.values()) {
            for (AppealColumn c : AppealColumn.values()) {
                diff(out, "表四 " + r.label() + " " + c.label(), published.appeals().get(r, c), now.appeals().get(r, c));
            }
        }
        return out;
    }

    private static void diff(List<String> out, String cell, BigDecimal was, BigDecimal is) {
        if (was.compareTo(is) != 0) {
            out.add(cell + " " + was.toPlainString() + " → " + is.toPlainString());
        }
    }

    private void checkAddresses(ReportSource s, ReportCells cells) {
        for (String address : cells.values().keySet()) {
            if (Cells.parse(address).isEmpty() && !address.startsWith("fees/")) {
                SourcePosition at = cells.positions().getOrDefault(address, s.at("year"));
                diagnostics.add(Code.UNKNOWN_KEY, at, new Field(address), org.gongkai.core.load.Section.REPORT,
                        "proactive/…, applications/…, appeals/… (docs/content.md)");
            }
        }
    }
}
