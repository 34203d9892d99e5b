package org.gongkai.core.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.core.check.BodyLinks;
import org.gongkai.core.check.LinkDestination;
import org.gongkai.core.check.LinkProblem;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.Page;

/**
 * What a link of a Markdown body names in the portal: an item (by its file under content/ or its page), a free
 * page (likewise), an attachment of content/attachments/, or one of the portal's own pages that exist whatever the
 * day (home, catalog and its categories, organs, archive, guide, search, policy library, feeds, open data, and
 * the 意见箱 when the site has one). How a
 * destination is read is {@link BodyLinks#destination}; anything else under the portal's root is broken. The model
 * stage reports broken links with this, and the render stage turns every link it finds into a link relative to
 * the page, so that the portal works from any folder and from file://. Immutable, made from the content alone.
 */
public final class InternalLinks {
    /** What a destination names. */
    public sealed interface Target permits Outside, Found, Broken {
    }

    /** Not the portal's (another site, mailto:, a part of the same page): left as written. */
    public record Outside() implements Target {
    }

    /**
     * A page or file the build writes: {@code href} site-relative (a folder ending in '/', or a file),
     * {@code suffix} the query and fragment as written; {@code item} the item whose page it is, if it is one.
     */
    public record Found(String href, String suffix, Optional<Item> item) implements Target {
    }

    /** Nothing the build writes; {@code detail} is what the problem's phrase shows. */
    public record Broken(LinkProblem problem, String detail) implements Target {
    }

    private final String baseUrl;
    private final Map<String, Item> itemsByFile = new HashMap<>();
    private final Map<String, Item> itemsByUrl = new HashMap<>();
    private final Map<String, String> pagesByFile = new HashMap<>();
    private final Set<String> pages = new HashSet<>();
    private final Set<String> attachments;
    private final Set<String> portal = new HashSet<>();

    /** {@code itemUrls}: each item's page, in the order of {@code content.items()} (the model makes them once). */
    private InternalLinks(Content content, String[] itemUrls) {
        this.baseUrl = content.site().baseUrl();
        List<Item> items = content.items();
        for (int k = 0; k < itemUrls.length; k++) {
            Item i = items.get(k);
            itemsByFile.put(i.file(), i);
            itemsByUrl.putIfAbsent(itemUrls[k], i);
        }
        for (Page p : content.pages()) {
            pagesByFile.put(p.file(), PortalLayout.freePage(p.slug()));
            pages.add(PortalLayout.freePage(p.slug()));
        }
        this.attachments = Set.copyOf(content.attachments().keySet());
        portal.addAll(java.util.List.of(PortalLayout.HOME, PortalLayout.CATALOG, PortalLayout.ORGANS,
                PortalLayout.ARCHIVE, PortalLayout.GUIDE, PortalLayout.SEARCH, PortalLayout.POLICIES,
                PortalLayout.FEED_ALL, PortalLayout.ITEMS_JSON, PortalLayout.ITEMS_CSV));
        if (content.site().feedback().configured()) {
            portal.add(PortalLayout.FEEDBACK); // the 意见箱, written when site.yaml has one
        }
        for (Category c : content.catalog().all()) {
            portal.add(PortalLayout.category(c.id()));
            portal.add(PortalLayout.categoryFeed(c.id()));
        }
        for (Organ o : content.site().organs()) {
            portal.add(PortalLayout.organ(o.id()));
            portal.add(PortalLayout.organFeed(o.id()));
        }
    }

    static InternalLinks of(Content content, String[] itemUrls) {
        return new InternalLinks(content, itemUrls);
    }

    /** What {@code destination}, as written in a body, names. */
    public Target resolve(String destination) {
        LinkDestination d = BodyLinks.destination(destination, baseUrl);
        if (d instanceof LinkDestination.Refused r) {
            return new Broken(r.problem(), r.detail());
        }
        if (!(d instanceof LinkDestination.Local local)) {
            return new Outside();
        }
        String p = local.path();
        String suffix = local.suffix();
        if (p.startsWith(PortalLayout.ATTACHMENTS)) {
            return attachments.contains(p) ? new Found(p, suffix, Optional.empty()) : new Broken(LinkProblem.NO_ATTACHMENT, p);
        }
        if (p.endsWith(".md")) {
            if (p.startsWith(PortalLayout.PAGES)) {
                String href = pagesByFile.get(p);
                return href != null ? new Found(href, suffix, Optional.empty()) : new Broken(LinkProblem.NO_PAGE_FILE, p);
            }
            Item item = itemsByFile.get(p);
            return item != null ? new Found(ModelBuilder.url(item), suffix, Optional.of(item))
                    : new Broken(LinkProblem.NO_ITEM_FILE, p);
        }
        String href = folder(p);
        if (href.startsWith(PortalLayout.ITEMS)) {
            Item item = itemsByUrl.get(href);
            return item != null ? new Found(href, suffix, Optional.of(item)) : new Broken(LinkProblem.NO_ITEM_PAGE, "/" + href);
        }
        if (href.startsWith(PortalLayout.PAGES)) {
            return pages.contains(href) ? new Found(href, suffix, Optional.empty()) : new Broken(LinkProblem.NO_PAGE, "/" + href);
        }
        return portal.contains(href) ? new Found(href, suffix, Optional.empty())
                : new Broken(LinkProblem.NO_PORTAL_PAGE, "/" + href);
    }

    /** A page's href however it is written: "x/index.html", "x/" and "x" (no dot in its last part) are "x/". */
    static String folder(String path) {
        if (path.equals(PortalLayout.INDEX)) {
            return PortalLayout.HOME;
        }
        if (path.endsWith("/" + PortalLayout.INDEX)) {
            return path.substring(0, path.length() - PortalLayout.INDEX.length());
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return path.isEmpty() || path.endsWith("/") || last.contains(".") ? path : path + "/";
    }
}
