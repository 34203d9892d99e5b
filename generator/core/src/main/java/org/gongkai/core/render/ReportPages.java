package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gongkai.core.content.Category;
import org.gongkai.core.content.Organ;
import org.gongkai.core.model.PortalLayout;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.view.ArticleView;
import org.gongkai.core.render.view.ChangeView;
import org.gongkai.core.render.view.LinkView;
import org.gongkai.core.render.view.PageView;
import org.gongkai.core.render.view.ReportSummaryView;
import org.gongkai.core.render.view.ReportView;
import org.gongkai.core.render.view.ReportYearView;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.ReportLabels;

/**
 * The 政府信息公开工作年度报告 of the model: an index at reports/, and per report its page, its JSON and its CSV
 * ({@link PortalLayout#report}, {@link PortalLayout#reportData}). Only the reports the model holds are rendered:
 * the public model has the published ones only, so a draft cannot reach the public portal. The index is written
 * even when there is no report yet, so that the links to it from every page never break.
 */
final class ReportPages {
    /** The language the format's own words are written in, whatever the UI's. */
    static final String FORMAT_LANG = "zh-Hans";

    private final PortalRenderer r;
    private final SiteModel model;
    private final MarkdownRenderer markdown;
    private final String baseUrl;

    ReportPages(PortalRenderer r, SiteModel model, MarkdownRenderer markdown) {
        this.r = r;
        this.model = model;
        this.markdown = markdown;
        this.baseUrl = model.content().site().baseUrl();
    }

    void addTo(OutputPlan out) {
        String title = r.t("reports.title");
        LinkView index = new LinkView(r.t("nav.reports"), PortalLayout.REPORTS);
        r.emit(out, "reports", page(PortalLayout.REPORTS, title, List.of(index)),
                () -> Map.of("years", years(model)));
        for (AnnualReport report : model.reports()) {
            String href = PortalLayout.report(report.year(), report.organ().id());
            PageView page = page(href, report.title(), List.of(index, new LinkView(report.title(), href)));
            r.emit(out, "report", article(report).map(page::withArticle).orElse(page), () -> Map.of("report", view(report)));
            out.text(PortalLayout.reportData(report.year(), report.organ().id(), "json"), () -> ReportData.json(baseUrl, report));
            out.text(PortalLayout.reportData(report.year(), report.organ().id(), "csv"), () -> ReportData.csv(report));
        }
    }

    /** The index and every report's page, for the sitemap. */
    static List<String> hrefs(SiteModel model) {
        List<String> out = new ArrayList<>();
        out.add(PortalLayout.REPORTS);
        model.reports().forEach(r -> out.add(PortalLayout.report(r.year(), r.organ().id())));
        return out;
    }

    /**
     * The variables of a category's page: the reports it lists and the index's href for the category of the
     * catalog that holds them ({@code reports: true}, 条例第四十九条、第五十条), nothing for any other.
     */
    static Map<String, Object> listedIn(SiteModel model, Category c) {
        return c.listsReports() ? Map.of("reportsHref", PortalLayout.REPORTS, "reports", years(model))
                : Map.of("reportsHref", "", "reports", List.of());
    }

    /**
     * The article meta tags of a published report (政府网站发展指引), as an item page has them: its title, the day it
     * was published (PubDate in yyyy-MM-dd HH:mm), the organ as source and author. A draft has none: it has no date.
     */
    private static Optional<ArticleView> article(AnnualReport report) {
        if (!report.published()) {
            return Optional.empty();
        }
        String day = report.source().published().orElseThrow() + " 00:00";
        return Optional.of(new ArticleView(report.title(), day, report.organ().name(), "", report.organ().name(), ""));
    }

    private PageView page(String href, String title, List<LinkView> crumbs) {
        return r.page(PortalLayout.file(href), title, r.t("reports.title"), crumbs, "");
    }

    /** Newest year first; within a year, the organs in the order of site.yaml. */
    private static List<ReportYearView> years(SiteModel model) {
        List<String> organOrder = model.content().site().organs().stream().map(Organ::id).toList();
        Map<Integer, List<AnnualReport>> byYear = new TreeMap<>(Comparator.reverseOrder());
        model.reports().forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
        List<ReportYearView> out = new ArrayList<>();
        byYear.forEach((year, reports) -> out.add(new ReportYearView(year, reports.stream()
                .sorted(Comparator.comparingInt((AnnualReport r) -> organOrder.indexOf(r.organ().id()))
                        .thenComparing(r -> r.organ().id()))
                .map(ReportPages::summary).toList())));
        return List.copyOf(out);
    }

    private static ReportSummaryView summary(AnnualReport r) {
        String id = r.organ().id();
        return new ReportSummaryView(r.title(), r.organ().name(), r.year(), PortalLayout.report(r.year(), id),
                PortalLayout.reportData(r.year(), id, "json"), PortalLayout.reportData(r.year(), id, "csv"),
                published(r), !r.published());
    }

    private static String published(AnnualReport r) {
        return r.published() ? r.source().published().map(Object::toString).orElse("") : "";
    }

    private ReportView view(AnnualReport r) {
        String who = r.owner() + r.year() + "年";
        var s = r.source();
        String id = r.organ().id();
        return new ReportView(r.title(), r.organ().name(), r.organ().code(), r.year(), ViewFactory.key(s.scope()),
                published(r), !r.published(), FORMAT_LANG,
                new ReportView.Headings(ReportLabels.OVERVIEW, ReportLabels.PROACTIVE, ReportLabels.APPLICATIONS,
                        ReportLabels.APPEALS, ReportLabels.PROBLEMS, ReportLabels.OTHER),
                markdown.toHtml(s.overview()),
                ReportTables.proactive(r, who + caption(ReportLabels.PROACTIVE)),
                ReportTables.applications(r, who + caption(ReportLabels.APPLICATIONS)),
                ReportTables.appeals(r, who + caption(ReportLabels.APPEALS)),
                markdown.toHtml(s.problems()), markdown.toHtml(s.other()),
                String.valueOf(r.fees().notices()), ReportData.yuan(r.fees().notified()).toPlainString(),
                ReportData.yuan(r.fees().collected()).toPlainString(),
                s.changes().stream().map(c -> new ChangeView(c.date().toString(), c.note())).toList(),
                PortalLayout.reportData(r.year(), id, "json"), PortalLayout.reportData(r.year(), id, "csv"));
    }

    /** "二、主动公开政府信息情况" → "主动公开政府信息情况", for "示例县财政局2025年主动公开政府信息情况". */
    private static String caption(String part) {
        return part.substring(part.indexOf('、') + 1);
    }
}
