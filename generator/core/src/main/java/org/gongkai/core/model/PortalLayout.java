package org.gongkai.core.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's URL layout, in one place: every path the renderer and the search export write is made here, and
 * every one of them is reserved here, so that the model stage can refuse an item's alias or slug that lands on
 * one before anything is rendered (a clash found while writing would leave the user a stack trace, or a failed
 * write without a line to fix).
 *
 * <p>Paths are site-relative with '/' separators. An href names a page by its folder ({@code catalog/budget/});
 * {@link #file(String)} is the file written for it ({@code catalog/budget/index.html}). What the portal writes
 * lives in a few files at the top and in folders it owns whole ({@link #RESERVED}): what is inside those
 * folders changes with the content and the day (archive months, catalog pages, the search export's shards), so
 * an alias anywhere inside one is refused, not only on a page generated today. The only folders left to content
 * are {@code items/} (item pages, and aliases of items that moved) and whatever old URLs aliases name.
 *
 * <p>{@link #key(String)} is how two paths are compared: the portal is also copied to disks and servers whose
 * file names ignore case (FAT, NTFS, APFS), where {@code Search/} and {@code search/} are one folder.
 */
public final class PortalLayout {
    /** The page of a folder href. */
    public static final String INDEX = "index.html";
    public static final String HOME = "";
    public static final String CATALOG = "catalog/";
    public static final String ORGANS = "organs/";
    public static final String ITEMS = "items/";
    public static final String ARCHIVE = "archive/";
    public static final String GUIDE = "guide/";
    public static final String PAGES = "pages/";
    /** The search page and the static export of the index ({@code search.StaticExport}). */
    public static final String SEARCH = "search/";
    public static final String NOT_FOUND = "404.html";
    public static final String FEEDS = "feeds/";
    public static final String FEED_ALL = FEEDS + "all.xml";
    public static final String DATA = "data/";
    public static final String ITEMS_JSON = DATA + "items.json";
    public static final String ITEMS_CSV = DATA + "items.csv";
    /** 信息发布统计 as open data: per organ, category and month, counted over what the build shows. */
    public static final String STATISTICS_JSON = DATA + "statistics.json";
    public static final String STATISTICS_CSV = DATA + "statistics.csv";
    public static final String SITEMAP = "sitemap.xml";
    /** For crawlers: allow all in the public build, nothing in the internal and preview builds. */
    public static final String ROBOTS = "robots.txt";
    /** 无障碍与关怀模式: the 关怀模式, keyboard use, printing and the 查阅点 (kiosk) mode explained. */
    public static final String ACCESSIBILITY = "accessibility/";
    /** 公开栏版: a printable poster of each 村务公开 or 公示 item, at the item's path under this folder. */
    public static final String POSTERS = "posters/";
    /** 网站地图: the page that lists every section, for people (sitemap.xml is for search engines). */
    public static final String SITEMAP_PAGE = "sitemap/";
    /** The theme's assets/ folder, copied as it is. */
    public static final String ASSETS = "assets/";
    /** Attachments keep their path under content/, which the check stage holds to content/attachments/. */
    public static final String ATTACHMENTS = "attachments/";
    /** 政府信息公开工作年度报告: an index, and per year and organ a page, its JSON and its CSV. */
    public static final String REPORTS = "reports/";
    /** 政策文件库: the 规范性文件 in force, and those no longer in force apart. */
    public static final String POLICIES = "policies/";
    /** 意见箱: the channels, the office's reply commitment, the published replies and their statistics. */
    public static final String FEEDBACK = "feedback/";
    /** Internal build only: 信息发布统计. */
    public static final String STATISTICS = "statistics/";
    /** Internal build only: the compliance report (栏目空白, late items, overdue applications …). */
    public static final String COMPLIANCE = "compliance/";
    /** Internal build only: the 依申请公开 register. */
    public static final String REGISTER = "register/";

    /** What the portal itself writes at a reserved path; {@code ITEM} and {@code ALIAS} are the content's claims. */
    public enum Part {
        HOME, CATALOG, ORGANS, ARCHIVE, GUIDE, FREE_PAGES, SEARCH, NOT_FOUND, FEEDS, OPEN_DATA, SITEMAP, ASSETS,
        ATTACHMENTS, REPORTS, POLICIES, FEEDBACK, STATISTICS, COMPLIANCE, REGISTER, ROBOTS, ACCESSIBILITY, POSTERS,
        ITEM, ALIAS
    }

    /** A path the portal writes: one file, or a whole folder (ending in '/'). */
    public record Reserved(String path, Part part) {
        public boolean folder() {
            return path.endsWith("/");
        }
    }

    /**
     * Everything the renderer and the search export write outside items/ and the aliases. A new kind of output
     * goes here first; PortalLayoutTest fails for a written file that nothing claims.
     */
    public static final List<Reserved> RESERVED = List.of(
            new Reserved(file(HOME), Part.HOME),
            new Reserved(NOT_FOUND, Part.NOT_FOUND),
            new Reserved(SITEMAP, Part.SITEMAP),
            new Reserved(SITEMAP_PAGE, Part.SITEMAP),
            new Reserved(ROBOTS, Part.ROBOTS),
            new Reserved(ACCESSIBILITY, Part.ACCESSIBILITY),
            new Reserved(POSTERS, Part.POSTERS),
            new Reserved(CATALOG, Part.CATALOG),
            new Reserved(ORGANS, Part.ORGANS),
            new Reserved(ARCHIVE, Part.ARCHIVE),
            new Reserved(GUIDE, Part.GUIDE),
            new Reserved(PAGES, Part.FREE_PAGES),
            new Reserved(SEARCH, Part.SEARCH),
            new Reserved(FEEDS, Part.FEEDS),
            new Reserved(DATA, Part.OPEN_DATA),
            new Reserved(ASSETS, Part.ASSETS),
            new Reserved(ATTACHMENTS, Part.ATTACHMENTS),
            new Reserved(REPORTS, Part.REPORTS),
            new Reserved(POLICIES, Part.POLICIES),
            new Reserved(FEEDBACK, Part.FEEDBACK));

    private PortalLayout() {
    }

    /** The file written for an href: a folder's {@code index.html}, or the href itself when it names a file. */
    public static String file(String href) {
        return href.isEmpty() || href.endsWith("/") ? href + INDEX : href;
    }

    /** The comparison key of a path: the same for every spelling a case-insensitive file system takes as one. */
    public static String key(String path) {
        if (org.gongkai.core.load.LookAlikes.printableAscii(path)) {
            return path.toLowerCase(Locale.ROOT); // NFC leaves ASCII as it is
        }
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The reservation a portal file falls under (exactly, or inside a reserved folder), if any. */
    public static Optional<Reserved> reservation(String file) {
        String k = key(file);
        return RESERVED.stream()
                .filter(r -> r.folder() ? k.startsWith(key(r.path())) : k.equals(key(r.path())))
                .findFirst();
    }

    public static String category(String id) {
        return CATALOG + id + "/";
    }

    public static String organ(String id) {
        return ORGANS + id + "/";
    }

    /** Page 1 of a paginated list is its folder, page n (n > 1) is {@code folder/page/n/}. */
    public static String page(String folder, int n) {
        return n == 1 ? folder : folder + "page/" + n + "/";
    }

    /** An item's page: organ, year of 成文日期 and slug, so that moving its file between folders keeps the URL. */
    public static String item(String organ, int year, String slug) {
        return ITEMS + organ + "/" + year + "/" + slug + "/";
    }

    public static String year(int year) {
        return ARCHIVE + year + "/";
    }

    public static String month(int year, int month) {
        return String.format(Locale.ROOT, "%s%02d/", year(year), month);
    }

    /** The printable 年度卷 of a year. */
    public static String volume(int year) {
        return year(year) + "volume/";
    }

    /** The 公开栏 poster of the item at {@code itemUrl} ({@link #item}): {@code posters/<organ>/<year>/<slug>/}. */
    public static String poster(String itemUrl) {
        if (!itemUrl.startsWith(ITEMS)) {
            throw new IllegalArgumentException("not an item page: " + itemUrl);
        }
        return POSTERS + itemUrl.substring(ITEMS.length());
    }

    public static String freePage(String slug) {
        return PAGES + slug + "/";
    }

    public static String categoryFeed(String id) {
        return FEEDS + "category/" + id + ".xml";
    }

    public static String organFeed(String id) {
        return FEEDS + "organ/" + id + ".xml";
    }

    /** A file of the search export, by its name within the export (e.g. {@code t/3.js}). */
    public static String searchFile(String name) {
        return SEARCH + name;
    }

    /** A theme asset, by its path under the theme's assets/ folder. */
    public static String asset(String relative) {
        return ASSETS + relative;
    }

    /**
     * An attachment, by its normalised path under content/. The check stage refuses any other place (an error
     * stops the build); here that is asserted, so that a missed check cannot write outside attachments/.
     */
    public static String attachment(String contentPath) {
        if (!contentPath.startsWith(ATTACHMENTS)) { // normalised: a ".." could only lead, so it fails this too
            throw new IllegalStateException("attachment outside " + ATTACHMENTS + ": " + contentPath);
        }
        return contentPath;
    }

    /** An annual report's page: {@code reports/2025/czj/}; its data beside it as {@code reports/2025/czj.json}, .csv. */
    public static String report(int year, String organ) {
        return REPORTS + year + "/" + organ + "/";
    }

    public static String reportData(int year, String organ, String extension) {
        return REPORTS + year + "/" + organ + "." + extension;
    }

    /** The 规范性文件 of one organ in the policy library: {@code policies/organs/czj/}. */
    public static String policyOrgan(String organ) {
        return POLICIES + "organs/" + organ + "/";
    }

    /** The 规范性文件 of one year (of 成文日期) in the policy library: {@code policies/years/2026/}. */
    public static String policyYear(int year) {
        return POLICIES + "years/" + year + "/";
    }

    /** The reserved paths as one list for messages: "index.html, 404.html, …, attachments/". */
    public static String reservedList() {
        return String.join(", ", RESERVED.stream().map(r -> r.path()).toList());
    }
}
