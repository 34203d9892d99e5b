package org.gongkai.core.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.gongkai.core.compliance.ComplianceReport;
import org.gongkai.core.compliance.PublicationStatistics;
import org.gongkai.core.content.Application;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.HolidayCalendar;
import org.gongkai.core.content.Organ;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.diagnostic.MessageCatalog;
import org.gongkai.core.internal.Json;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.model.PortalLayout;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.view.ApplicationView;
import org.gongkai.core.render.view.ComplianceView;
import org.gongkai.core.render.view.LinkView;
import org.gongkai.core.render.view.StatisticsView;

/**
 * What the office is held to, as pages: the 依申请公开 register, 信息发布统计 and the compliance report, in the internal
 * and preview builds only (never public: the register's records and the findings are for the office); and the
 * statistics as open data (data/statistics.json, .csv) in every build, counted over what that build shows.
 */
final class InternalPages {
    private final PortalRenderer r;
    private final SiteModel model;
    private final Optional<ComplianceReport> compliance;

    InternalPages(PortalRenderer r, SiteModel model, Optional<ComplianceReport> compliance) {
        this.r = r;
        this.model = model;
        this.compliance = compliance;
    }

    void addTo(OutputPlan out) {
        // Counted once, when the first of its pages is produced (the preview produces only what is asked for).
        java.util.function.Supplier<PublicationStatistics> counted = new java.util.function.Supplier<>() {
            private PublicationStatistics value;

            @Override
            public synchronized PublicationStatistics get() {
                if (value == null) {
                    value = PublicationStatistics.of(model);
                }
                return value;
            }
        };
        out.text(PortalLayout.STATISTICS_JSON, () -> statisticsJson(counted.get()));
        out.text(PortalLayout.STATISTICS_CSV, () -> statisticsCsv(counted.get()));
        if (model.mode() == BuildMode.PUBLIC) {
            return;
        }
        String title = r.t("statistics.title");
        r.emit(out, "statistics", page(PortalLayout.STATISTICS, title), () -> {
            PublicationStatistics stats = counted.get();
            return PortalRenderer.vars("years", stats.years().stream().map(y -> year(stats, y)).toList());
        });
        String register = r.t("register.title");
        r.emit(out, "register", page(PortalLayout.REGISTER, register), () -> PortalRenderer.vars("applications", applications()));
        compliance.ifPresent(c -> r.emit(out, "compliance", page(PortalLayout.COMPLIANCE, r.t("compliance.title")),
                () -> PortalRenderer.vars("report", compliance(c))));
    }

    private org.gongkai.core.render.view.PageView page(String href, String title) {
        return r.page(PortalLayout.file(href), title, title, List.of(new LinkView(title, href)), "");
    }

    private StatisticsView year(PublicationStatistics stats, int year) {
        List<PublicationStatistics.Row> rows = stats.rows().stream().filter(x -> x.month().getYear() == year).toList();
        List<StatisticsView.Row> organs = new ArrayList<>();
        for (Organ o : model.content().site().organs()) {
            organs.add(row(o.name(), PortalLayout.organ(o.id()), rows.stream().filter(x -> x.organ().equals(o.id())).toList()));
        }
        List<StatisticsView.Row> categories = new ArrayList<>();
        for (Category c : model.content().catalog().all()) {
            List<PublicationStatistics.Row> of = rows.stream().filter(x -> x.category().equals(c.id())).toList();
            if (!of.isEmpty()) {
                categories.add(row(c.name(), PortalLayout.category(c.id()), of));
            }
        }
        return new StatisticsView(year, organs, categories, row(r.t("statistics.total"), "", rows));
    }

    private StatisticsView.Row row(String name, String href, List<PublicationStatistics.Row> rows) {
        List<Integer> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            months.add(rows.stream().filter(x -> x.month().getMonthValue() == month).mapToInt(PublicationStatistics.Row::published).sum());
        }
        int published = rows.stream().mapToInt(PublicationStatistics.Row::published).sum();
        int onTime = rows.stream().mapToInt(PublicationStatistics.Row::onTime).sum();
        int withdrawn = rows.stream().mapToInt(PublicationStatistics.Row::withdrawn).sum();
        String share = published == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * onTime / published);
        return new StatisticsView.Row(name, href, months, published, onTime, share, withdrawn);
    }

    /** The register, newest received first; the state of each answer as of the build's date. */
    private List<ApplicationView> applications() {
        HolidayCalendar calendar = model.content().site().holidays();
        LocalDate today = model.today();
        // The register's words (channel, applicant, outcome) in the portal's language, as its diagnostics are.
        MessageCatalog words = MessageCatalog.of(DiagnosticLanguage.of(model.content().site().language().tag())
                .orElse(DiagnosticLanguage.DEFAULT));
        List<ApplicationView> out = new ArrayList<>();
        List<Application> sorted = model.content().applications().stream()
                .sorted(Comparator.comparing(Application::received).reversed().thenComparing(Application::id)).toList();
        for (Application a : sorted) {
            LocalDate due = a.due(calendar);
            String status = a.replied().map(rep -> rep.isAfter(due) ? "late" : "answered")
                    .orElse(today.isAfter(due) ? "overdue" : calendar.workingDaysBetween(today, due) <= 5 ? "due-soon" : "open");
            String outcome = a.outcome().map(o -> o.reason().map(words::word).orElse(words.word(o.kind()))).orElse("");
            String appeals = String.join(r.t("list.separator"), a.appeals().stream().map(p -> words.word(p.kind()) + " " + p.filed()
                    + p.result().map(x -> " " + words.word(x)).orElse("")).toList());
            out.add(new ApplicationView(a.id(), organName(a.organ()), a.received().toString(), words.word(a.channel()),
                    words.word(a.applicant()), a.request(), due.toString(), a.replied().map(LocalDate::toString).orElse(""),
                    outcome, status, a.extension().map(e -> e.date() + " " + e.reason()).orElse(""), appeals, a.file()));
        }
        return out;
    }

    private String organName(String id) {
        return model.content().site().organ(id).map(Organ::name).orElse(id);
    }

    private ComplianceView compliance(ComplianceReport c) {
        Map<String, List<ComplianceView.Finding>> byCode = new LinkedHashMap<>();
        for (var code : ComplianceReport.KINDS) {
            byCode.put(code.id(), new ArrayList<>());
        }
        Function<ComplianceReport.Finding, ComplianceView.Finding> view = f -> new ComplianceView.Finding(
                organName(f.organ()), model.content().catalog().get(f.category()).map(Category::name).orElse(""),
                f.file() + (f.line() > 0 ? ":" + f.line() : ""), f.message(), f.href());
        c.findings().forEach(f -> byCode.get(f.code().id()).add(view.apply(f)));
        List<ComplianceView.Section> sections = new ArrayList<>();
        byCode.forEach((code, findings) -> sections.add(new ComplianceView.Section(code, r.t("compliance." + code),
                List.copyOf(findings))));
        return new ComplianceView(c.date().toString(), sections, c.privacyReviewed().stream().map(view).toList());
    }

    private static final String[] COLUMNS = {"organ", "category", "month", "published", "on_time", "withdrawn"};

    private static String statisticsJson(PublicationStatistics s) {
        Json.Writer w = new Json.Writer();
        w.beginObject();
        w.name("rows").beginArray();
        for (PublicationStatistics.Row x : s.rows()) {
            w.beginObject().name("organ").value(x.organ()).name("category").value(x.category())
                    .name("month").value(x.month().toString()).name("published").value(x.published())
                    .name("on_time").value(x.onTime()).name("withdrawn").value(x.withdrawn()).endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
    }

    /** RFC 4180 CSV with a byte order mark, like data/items.csv. */
    private static String statisticsCsv(PublicationStatistics s) {
        StringBuilder sb = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (PublicationStatistics.Row x : s.rows()) {
            sb.append(x.organ()).append(',').append(x.category()).append(',').append(x.month()).append(',')
                    .append(x.published()).append(',').append(x.onTime()).append(',').append(x.withdrawn()).append("\r\n");
        }
        return sb.toString();
    }
}
