package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.gongkai.core.content.Category;
import org.gongkai.core.content.Organ;
import org.gongkai.core.model.PortalLayout;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.view.ChangeView;
import org.gongkai.core.render.view.LinkView;
import org.gongkai.core.render.view.PageView;
import org.gongkai.core.render.view.ReportSummaryView;
import org.gongkai.core.render.view.ReportView;
import org.gongkai.core.render.view.ReportYearView;
import org.gongkai.core.render.view.SiteView;
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
    /** A catalog category for the reports themselves (条例第四十九条、第五十条): 政府信息公开工作年度报告, 政府信息公开年报. */
    private static final Pattern REPORTS_CATEGORY = Pattern.compile("(信息公开|信息公開|資訊公開).*(年度报告|年度報告|年报|年報)");

    private final SiteModel model;
    private final TemplateRenderer templates;
    private final SiteView site;
    private final Messages messages;
    private final MarkdownRenderer markdown;
    private final String lang;
    private final String baseUrl;

    ReportPages(SiteModel model, TemplateRenderer templates, SiteView site, Messages messages, MarkdownRenderer markdown) {
        this.model = model;
        this.templates = templates;
        this.site = site;
        this.messages = messages;
        this.markdown = markdown;
        this.lang = model.content().site().language().tag();
        this.baseUrl = model.content().site().baseUrl();
    }

    void plan(OutputPlan out) {
        String title = t("reports.title");
        LinkView index = new LinkView(t("nav.reports"), PortalLayout.REPORTS);
        emit(out, "reports", page(PortalLayout.file(PortalLayout.REPORTS), title, List.of(index)),
                () -> Map.of("years", years()));
        for (AnnualReport r : model.reports()) {
            String href = PortalLayout.report(r.year(), r.organ().id());
            emit(out, "report", page(PortalLayout.file(href), r.title(), List.of(index, new LinkView(r.title(), href))),
                    () -> Map.of("report", view(r)));
            out.text(PortalLayout.reportData(r.year(), r.organ().id(), "json"), () -> ReportData.json(baseUrl, r));
            out.text(PortalLayout.reportData(r.year(), r.organ().id(), "csv"), () -> ReportData.csv(r));
        }
    }

    /** The index and every report's page, for the sitemap. */
    static List<String> hrefs(SiteModel model) {
        List<String> out = new ArrayList<>();
        out.add(PortalLayout.REPORTS);
        model.reports().forEach(r -> out.add(PortalLayout.report(r.year(), r.organ().id())));
        return out;
    }

    /** The index's href for the catalog category that holds the annual reports, empty for any other. */
    static String linkFrom(Category c) {
        return REPORTS_CATEGORY.matcher(c.name()).find() ? PortalLayout.REPORTS : "";
    }

    private String t(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    private void emit(OutputPlan out, String template, PageView page, Supplier<Map<String, Object>> vars) {
        out.text(page.path(), () -> templates.render(template, site, page, vars.get()));
    }

    private PageView page(String path, String title, List<LinkView> crumbs) {
        String folder = path.substring(0, path.length() - PortalLayout.INDEX.length());
        List<LinkView> all = new ArrayList<>();
        all.add(new LinkView(t("nav.home"), PortalLayout.HOME));
        all.addAll(crumbs);
        return new PageView(path, title, lang, t("reports.title"), baseUrl + folder, "", List.copyOf(all), "", false);
    }

    /** Newest year first; within a year, the organs in the order of site.yaml. */
    private List<ReportYearView> years() {
        List<String> organOrder = model.content().site().organs().stream().map(Organ::id).toList();
        Map<Integer, List<AnnualReport>> byYear = new TreeMap<>(Comparator.reverseOrder());
        model.reports().forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
        List<ReportYearView> out = new ArrayList<>();
        byYear.forEach((year, reports) -> out.add(new ReportYearView(year, reports.stream()
                .sorted(Comparator.comparingInt((AnnualReport r) -> organOrder.indexOf(r.organ().id()))
                        .thenComparing(r -> r.organ().id()))
                .map(this::summary).toList())));
        return List.copyOf(out);
    }

    private ReportSummaryView summary(AnnualReport r) {
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
