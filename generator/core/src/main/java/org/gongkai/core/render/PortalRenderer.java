package org.gongkai.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.gongkai.core.compliance.ComplianceReport;
import org.gongkai.core.content.Attachment;
import org.gongkai.core.internal.Markup;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.Page;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.PortalLayout;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.view.CountView;
import org.gongkai.core.render.view.LinkView;
import org.gongkai.core.render.view.PageView;
import org.gongkai.core.render.view.PaginationView;
import org.gongkai.core.render.view.SiteView;
import org.gongkai.core.render.view.YearView;
import java.util.function.Supplier;

/**
 * The render stage: every page, feed and data file of the portal, from the model and a theme, as an
 * {@link OutputPlan}. Only what the model holds as visible is rendered, so nothing else can leak.
 */
public final class PortalRenderer {
    public static final int PAGE_SIZE = 20;
    private static final int LATEST = 12;

    private final SiteModel model;
    private final Path themeDir;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final ViewFactory views;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final SiteView site;
    /** The site as a page in each UI language shows it: its navigation in the page's own language. */
    private final Map<String, SiteView> siteIn;
    private final Posters posters;
    private final String baseUrl;
    private final String lang;
    private final Optional<ComplianceReport> compliance;

    public PortalRenderer(SiteModel model, Path themeDir) throws IOException {
        this(model, Optional.empty(), themeDir);
    }

    /** {@code compliance}: the compliance report, shown by the internal and preview builds. */
    public PortalRenderer(SiteModel model, ComplianceReport compliance, Path themeDir) throws IOException {
        this(model, Optional.of(compliance), themeDir);
    }

    private PortalRenderer(SiteModel model, Optional<ComplianceReport> compliance, Path themeDir) throws IOException {
        this.model = model;
        this.compliance = compliance;
        this.themeDir = themeDir;
        this.messages = Messages.load(themeDir.resolve("messages"));
        this.templates = new TemplateRenderer(themeDir.resolve("templates"), messages);
        this.views = new ViewFactory(model, markdown);
        this.site = views.site(messages);
        this.posters = new Posters(this, model, views);
        Map<String, SiteView> in = new LinkedHashMap<>();
        for (org.gongkai.core.content.Language l : org.gongkai.core.content.Language.values()) {
            in.put(l.tag(), views.site(messages, l.tag()));
        }
        this.siteIn = Map.copyOf(in);
        this.baseUrl = model.content().site().baseUrl();
        this.lang = model.content().site().language().tag();
    }

    /** Every output of the portal, produced on demand. */
    public OutputPlan plan() {
        OutputPlan out = new OutputPlan();
        home(out);
        catalog(out);
        organs(out);
        items(out);
        archive(out);
        freePages(out);
        new ReportPages(this, model, markdown).addTo(out);
        search(out);
        notFoundAndAliases(out);
        feeds(out);
        openData(out);
        sitemap(out);
        sitemapPage(out);
        accessibility(out);
        posters.addTo(out);
        robots(out);
        assets(out);
        attachments(out);
        new InternalPages(this, model, compliance).addTo(out);
        new PolicyPages(model, templates, messages, site).addTo(out);
        new FeedbackPages(this, model).addTo(out);
        return out;
    }

    String t(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    /** A UI message in the language of a page that is not in the site's (an item written in zh-Hant). */
    String tIn(String pageLang, String key, Object... args) {
        return messages.get(pageLang, key, args);
    }

    PageView page(String path, String title, String columnName, List<LinkView> crumbs, String feed) {
        return page(path, title, lang, columnName, crumbs, feed);
    }

    PageView page(String path, String title, String pageLang, String columnName, List<LinkView> crumbs, String feed) {
        String folder = path.endsWith(PortalLayout.INDEX) ? path.substring(0, path.length() - PortalLayout.INDEX.length()) : path;
        List<LinkView> all = new ArrayList<>();
        if (!path.equals(PortalLayout.file(PortalLayout.HOME))) {
            all.add(new LinkView(messages.get(pageLang, "nav.home"), PortalLayout.HOME));
        }
        all.addAll(crumbs);
        return new PageView(path, title, pageLang, columnName, baseUrl + folder, "", List.copyOf(all), feed, false)
                .withColumn(columnType(folder, pageLang), "", "");
    }

    private int emit(OutputPlan out, String template, PageView page, Map<String, Object> vars) {
        return emit(out, template, page, () -> vars);
    }

    /** Registers a page; its variables are computed only when the page is produced. */
    /** The ColumnType meta tag (政府网站发展指引) of a page, by the part of the portal it is in. */
    private String columnType(String folder, String pageLang) {
        String part = folder.isEmpty() ? "home" : folder.substring(0, folder.indexOf('/') < 0 ? folder.length() : folder.indexOf('/'));
        String key = switch (part) {
            case "home", "catalog", "organs", "items", "archive", "guide", "pages", "search", "reports", "policies",
                    "sitemap", "accessibility", "feedback" -> part;
            case "posters" -> "items";
            case "register", "statistics", "compliance" -> "internal";
            default -> "notfound";
        };
        return messages.get(pageLang, "columnType." + key);
    }

    int emit(OutputPlan out, String template, PageView page, Supplier<Map<String, Object>> vars) {
        out.text(page.path(), () -> templates.render(template, siteFor(page.lang()), page, vars.get()));
        return 1;
    }

    /** A page whose view is made only when the page is produced too (one per item: the plan stays cheap). */
    int emit(OutputPlan out, String template, String path, Supplier<PageView> page, Supplier<Map<String, Object>> vars) {
        out.text(path, () -> {
            PageView p = page.get();
            return templates.render(template, siteFor(p.lang()), p, vars.get());
        });
        return 1;
    }

    /**
     * The site view for a page in {@code pageLang}: the site's own, or one whose navigation is in the page's language,
     * so that an item written in zh-Hant has Traditional chrome throughout (the rest of the chrome is t()).
     */
    private SiteView siteFor(String pageLang) {
        return pageLang.equals(lang) ? site : siteIn.getOrDefault(pageLang, site);
    }

    static Map<String, Object> vars(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private int home(OutputPlan out) {
        List<CountView> counts = new ArrayList<>();
        counts.add(new CountView(t("home.count.items"), model.listed().size(), PortalLayout.ARCHIVE));
        counts.add(new CountView(t("home.count.organs"), model.content().site().organs().size(), PortalLayout.ORGANS));
        counts.add(new CountView(t("home.count.categories"), model.content().catalog().all().size(), PortalLayout.CATALOG));
        PageView p = page(PortalLayout.file(PortalLayout.HOME), site.name(), t("nav.home"), List.of(), PortalLayout.FEED_ALL);
        return emit(out, "home", p, vars("latest", views.summaries(model.listed().stream().limit(LATEST).toList()),
                "categories", views.tree(), "organs", views.organs(), "years", views.years(), "counts", counts,
                "total", model.listed().size()));
    }

    private int catalog(OutputPlan out) {
        int n = 0;
        String catalogTitle = t("nav.catalog");
        n += emit(out, "catalog", page(PortalLayout.file(PortalLayout.CATALOG), catalogTitle, catalogTitle,
                List.of(new LinkView(catalogTitle, PortalLayout.CATALOG)), ""), vars("tree", views.tree()));
        for (Category c : model.content().catalog().all()) {
            List<LinkView> crumbs = new ArrayList<>();
            crumbs.add(new LinkView(catalogTitle, PortalLayout.CATALOG));
            model.content().catalog().path(c).forEach(a -> crumbs.add(new LinkView(a.name(), PortalLayout.category(a.id()))));
            String feed = PortalLayout.categoryFeed(c.id());
            // ColumnDescription: the column and the article of the 条例 it discloses under.
            String description = c.article().isEmpty() ? c.name() : t("category.description", c.name(), c.article());
            n += paginate(out, "category", PortalLayout.category(c.id()), c.name(), c.name(), crumbs, feed,
                    model.inCategory(c), withReports(vars("category", views.node(c), "description", description), c));
        }
        return n;
    }

    private Map<String, Object> withReports(Map<String, Object> vars, Category c) {
        vars.putAll(ReportPages.listedIn(model, c));
        return vars;
    }

    private int organs(OutputPlan out) {
        int n = 0;
        String title = t("nav.organs");
        n += emit(out, "organs", page(PortalLayout.file(PortalLayout.ORGANS), title, title,
                List.of(new LinkView(title, PortalLayout.ORGANS)), ""), vars("organs", views.organs()));
        for (Organ o : model.content().site().organs()) {
            String href = PortalLayout.organ(o.id());
            List<LinkView> crumbs = List.of(new LinkView(title, PortalLayout.ORGANS), new LinkView(o.name(), href));
            n += paginate(out, "organ", href, o.name(), o.name(), crumbs,
                    PortalLayout.organFeed(o.id()), model.ofOrgan(o), vars("organ", views.organ(o),
                    "columns", views.organColumns(o)));
        }
        return n;
    }

    /** Page 1 at {@code folder}, page n at {@code folder/page/n/} ({@link PortalLayout#page}). */
    private int paginate(OutputPlan out, String template, String folder, String title, String column,
                         List<LinkView> crumbs, String feed, List<Entry> entries, Map<String, Object> extra) {
        int total = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int p = 1; p <= total; p++) {
            int number = p;
            String pageTitle = p == 1 ? title : title + " " + t("pagination.nth", p);
            PageView view = page(PortalLayout.file(PortalLayout.page(folder, p)), pageTitle, column, crumbs, feed);
            emit(out, template, view.withColumn(view.columnType(), column, String.valueOf(extra.getOrDefault("description", ""))), () -> {
                Map<String, Object> v = new LinkedHashMap<>(extra);
                v.put("items", views.summaries(entries.subList((number - 1) * PAGE_SIZE, Math.min(entries.size(), number * PAGE_SIZE))));
                v.put("pagination", PaginationView.of(number, total, q -> PortalLayout.page(folder, q)));
                return v;
            });
        }
        return total;
    }

    private int items(OutputPlan out) {
        // The page's view is made when the page is: the preview produces only the pages a browser asks for.
        model.visible().forEach(e -> emit(out, "item", PortalLayout.file(e.url()), () -> itemPage(e),
                () -> vars("item", views.item(e), "poster", posters.href(e))));
        return model.visible().size();
    }

    /** An item's breadcrumbs, in its own language: 公开目录, the category's path, the item. */
    List<LinkView> itemCrumbs(Entry e) {
        List<LinkView> crumbs = new ArrayList<>();
        crumbs.add(new LinkView(messages.get(e.item().lang().tag(), "nav.catalog"), PortalLayout.CATALOG));
        model.content().catalog().path(e.category()).forEach(a -> crumbs.add(new LinkView(a.name(), PortalLayout.category(a.id()))));
        crumbs.add(new LinkView(e.item().title(), e.url()));
        return crumbs;
    }

    private PageView itemPage(Entry e) {
        List<LinkView> crumbs = itemCrumbs(e);
        return page(PortalLayout.file(e.url()), e.item().title(), e.item().lang().tag(), e.category().name(), crumbs, "")
                .withColumn(columnType(e.url(), e.item().lang().tag()), String.join(",", e.item().keywords()), "")
                .withArticle(article(e));
    }

    /** The search page: the form works without JavaScript as a plain GET; results come from search/ (issue 3). */
    private int search(OutputPlan out) {
        String title = t("search.title");
        return emit(out, "search", page(PortalLayout.file(PortalLayout.SEARCH), title, title,
                List.of(new LinkView(title, PortalLayout.SEARCH)), ""),
                () -> vars("categories", views.categoryOptions(), "organs", views.organs()));
    }

    private int archive(OutputPlan out) {
        int n = 0;
        String title = t("nav.archive");
        LinkView root = new LinkView(title, PortalLayout.ARCHIVE);
        n += emit(out, "archive", page(PortalLayout.file(PortalLayout.ARCHIVE), title, title, List.of(root), ""),
                vars("years", views.years()));
        for (Map.Entry<Integer, List<Entry>> y : model.byYear().entrySet()) {
            int year = y.getKey();
            YearView yv = views.year(year, y.getValue());
            String yearTitle = t("archive.year", String.valueOf(year));
            LinkView yearLink = new LinkView(yearTitle, yv.href());
            n += emit(out, "archive-year", page(PortalLayout.file(yv.href()), yearTitle, title, List.of(root, yearLink), ""),
                    // The newest of the year only: month pages list everything, and a big year stays a small page.
                    () -> vars("year", yv, "items", views.summaries(y.getValue().stream().limit(PAGE_SIZE).toList())));
            for (var mv : yv.months()) {
                String monthTitle = t("archive.month", String.valueOf(year), String.valueOf(mv.month()));
                n += emit(out, "archive-month", page(PortalLayout.file(mv.href()), monthTitle, title,
                        List.of(root, yearLink, new LinkView(monthTitle, mv.href())), ""),
                        () -> vars("year", yv, "month", mv, "items", views.summaries(y.getValue().stream()
                                .filter(e -> e.firstPublished().getMonthValue() == mv.month()).toList())));
            }
            String volumeTitle = t("archive.volume", String.valueOf(year));
            n += emit(out, "volume", page(PortalLayout.file(yv.volume()), volumeTitle, title,
                    List.of(root, yearLink, new LinkView(volumeTitle, yv.volume())), ""), () -> {
                        List<Entry> volume = new ArrayList<>(y.getValue());
                        volume.sort(Comparator.comparing((Entry e) -> e.item().index().isEmpty())
                                .thenComparing(e -> e.item().index()).thenComparing(Entry::url));
                        return vars("year", yv, "items", views.summaries(volume));
                    });
        }
        return n;
    }

    private int freePages(OutputPlan out) {
        int n = 0;
        List<LinkView> pageLinks = model.content().pages().stream()
                .sorted(Comparator.comparing(Page::slug))
                .map(p -> new LinkView(p.title(), PortalLayout.freePage(p.slug()))).toList();
        String guide = t("nav.guide");
        n += emit(out, "guide", page(PortalLayout.file(PortalLayout.GUIDE), guide, guide,
                List.of(new LinkView(guide, PortalLayout.GUIDE)), ""),
                vars("tree", views.tree(), "organs", views.organs(), "pages", pageLinks));
        Set<String> slugs = new LinkedHashSet<>();
        for (Page pg : model.content().pages()) {
            if (!slugs.add(pg.slug())) {
                throw new IllegalStateException("two pages with slug " + pg.slug());
            }
            String href = PortalLayout.freePage(pg.slug());
            n += emit(out, "page", page(PortalLayout.file(href), pg.title(), pg.lang().tag(), pg.title(),
                    List.of(new LinkView(pg.title(), href)), ""),
                    () -> vars("bodyHtml", views.bodyHtml(pg.body(), PortalLayout.file(href))));
        }
        return n;
    }

    /** ArticleTitle, PubDate (yyyy-MM-dd HH:mm China time), ContentSource, Keywords, Author, Description. */
    private static final java.time.format.DateTimeFormatter ARTICLE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT);

    private static org.gongkai.core.render.view.ArticleView article(Entry e) {
        String pub = e.published().atZoneSameInstant(org.gongkai.core.content.Dates.CHINA).format(ARTICLE_TIME);
        return new org.gongkai.core.render.view.ArticleView(e.item().title(), pub, e.organ().name(),
                String.join(",", e.item().keywords()), e.organ().name(), e.item().summary());
    }

    /** 网站地图: every section, the catalog tree, the organs and the years, for people and for the inspection. */
    private void sitemapPage(OutputPlan out) {
        String title = t("sitemap.title");
        emit(out, "sitemap", page(PortalLayout.file(PortalLayout.SITEMAP_PAGE), title, title,
                List.of(new LinkView(title, PortalLayout.SITEMAP_PAGE)), ""),
                () -> vars("tree", views.tree(), "organs", views.organs(), "years", views.years()));
    }

    private int notFoundAndAliases(OutputPlan out) {
        PageView notFound = new PageView(PortalLayout.NOT_FOUND, t("notfound.title"), lang, t("notfound.title"),
                baseUrl + PortalLayout.NOT_FOUND,
                "", List.of(), "", true).withColumn(messages.get(lang, "columnType.notfound"), "", "");
        emit(out, "404", notFound, () -> vars("inlineCss", SelfContained.css(themeDir.resolve("assets")),
                "inlineImages", SelfContained.images(model.content())));
        for (SiteModel.Alias a : model.aliases()) {
            String path = PortalLayout.file(a.path());
            PageView p = new PageView(path, a.target().item().title(), a.target().item().lang().tag(),
                    a.target().category().name(), baseUrl + a.target().url(), "", List.of(), "", false);
            emit(out, "redirect", p, vars("target", a.target().url()));
        }
        return 1 + model.aliases().size();
    }

    private void feeds(OutputPlan out) {
        java.util.function.Function<Entry, String> summary = e -> e.item().summary().isEmpty()
                ? abbreviate(markdown.toText(e.item().body()), 200) : e.item().summary();
        out.text(PortalLayout.FEED_ALL, () -> Feeds.atom(baseUrl, PortalLayout.FEED_ALL, site.name(), PortalLayout.HOME,
                model.listed(), summary));
        for (Category c : model.content().catalog().all()) {
            String path = PortalLayout.categoryFeed(c.id());
            out.text(path, () -> Feeds.atom(baseUrl, path, site.name() + " — " + c.name(), PortalLayout.category(c.id()),
                    model.inCategory(c), summary));
        }
        for (Organ o : model.content().site().organs()) {
            String path = PortalLayout.organFeed(o.id());
            out.text(path, () -> Feeds.atom(baseUrl, path, site.name() + " — " + o.name(), PortalLayout.organ(o.id()),
                    model.ofOrgan(o), summary));
        }
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static String abbreviate(String text, int max) {
        String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return flat.codePointCount(0, flat.length()) <= max ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, max)) + "…";
    }

    private void openData(OutputPlan out) {
        out.text(PortalLayout.ITEMS_JSON, () -> OpenData.json(baseUrl, model.listed()));
        out.text(PortalLayout.ITEMS_CSV, () -> OpenData.csv(baseUrl, model.listed()));
    }

    /** Crawlers may read the public portal; the internal and preview builds are for the office only. */
    private void robots(OutputPlan out) {
        String text = model.mode() == org.gongkai.core.model.BuildMode.PUBLIC
                ? "User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + PortalLayout.SITEMAP + "\n"
                : "User-agent: *\nDisallow: /\n";
        out.text(PortalLayout.ROBOTS, () -> text);
    }

    /** 无障碍与关怀模式: the header's 关怀模式 link leads here without JavaScript. */
    private void accessibility(OutputPlan out) {
        String title = t("accessibility.title");
        emit(out, "accessibility", page(PortalLayout.file(PortalLayout.ACCESSIBILITY), title, title,
                List.of(new LinkView(title, PortalLayout.ACCESSIBILITY)), ""), Map.of());
    }

    private void sitemap(OutputPlan out) {
        out.text(PortalLayout.SITEMAP, this::sitemapXml);
    }

    private String sitemapXml() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<String> fixed = new ArrayList<>(List.of(PortalLayout.HOME, PortalLayout.CATALOG, PortalLayout.ORGANS,
                PortalLayout.ARCHIVE, PortalLayout.GUIDE));
        fixed.add(PortalLayout.POLICIES);
        model.content().catalog().all().forEach(c -> fixed.add(PortalLayout.category(c.id())));
        model.content().site().organs().forEach(o -> fixed.add(PortalLayout.organ(o.id())));
        model.byYear().keySet().forEach(y -> fixed.add(PortalLayout.year(y)));
        fixed.addAll(ReportPages.hrefs(model));
        model.byYear().keySet().forEach(y -> fixed.add(PortalLayout.volume(y)));
        model.content().pages().stream().map(Page::slug).sorted().forEach(s -> fixed.add(PortalLayout.freePage(s)));
        fixed.add(PortalLayout.SITEMAP_PAGE);
        fixed.add(PortalLayout.ACCESSIBILITY);
        fixed.addAll(FeedbackPages.hrefs(model));
        for (String f : fixed) {
            sb.append("  <url><loc>").append(Markup.escape(baseUrl + f)).append("</loc></url>\n");
        }
        for (Entry e : model.listed()) {
            sb.append("  <url><loc>").append(Markup.escape(baseUrl + e.url())).append("</loc><lastmod>")
                    .append(e.lastUpdated()).append("</lastmod></url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString();
    }

    private void assets(OutputPlan out) {
        Path assets = themeDir.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> s = Files.walk(assets)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.copy(p, PortalLayout.asset(assets.relativize(p).toString().replace('\\', '/')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the theme's assets", e);
        }
    }

    /**
     * Attachments of visible items only, listed or linked from the body, and those free pages link to: a
     * non-public item's file never reaches the portal.
     */
    private void attachments(OutputPlan out) {
        Set<String> done = new LinkedHashSet<>();
        for (Entry e : model.visible()) {
            for (Attachment a : e.item().attachments()) {
                copyAttachment(out, a.path(), done);
            }
            views.linkedAttachments(e.item().links()).forEach(p -> copyAttachment(out, p, done));
        }
        for (Page pg : model.content().pages()) {
            views.linkedAttachments(pg.links()).forEach(p -> copyAttachment(out, p, done));
        }
        // The footer's mark images (checked to be images of content/attachments/).
        var marks = model.content().site().marks();
        for (String image : List.of(marks.conacImage(), marks.policeIcon())) {
            if (!image.isEmpty() && model.content().attachments().containsKey(image) && done.add(PortalLayout.attachment(image))) {
                out.copyFromContent(model.content().attachments().get(image).real(), PortalLayout.attachment(image));
            }
        }
    }

    private void copyAttachment(OutputPlan out, String path, Set<String> done) {
        String href = PortalLayout.attachment(path);
        if (done.add(href)) {
            out.copyFromContent(model.content().attachments().get(href).real(), href);
        }
    }
}
