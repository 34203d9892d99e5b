package org.gongkai.core.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongkai.core.content.Catalog;
import org.gongkai.core.content.OrganType;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.PortalLayout;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.view.LinkView;
import org.gongkai.core.render.view.PosterView;

/**
 * 公开栏版: what a village or an office pins on its noticeboard (公开栏), printed from the portal instead of typed
 * again. Every listed item of 村务公开 (a village's item, or one in a category for villages only) and every item
 * with a 公示期 gets a page at {@link PortalLayout#poster}: the organ, the title, the body, the 公示期, the 监督电话
 * and a date line, in large type on A4 portrait (print.css). Withdrawn items are not listed, so they get none.
 */
final class Posters {
    private final PortalRenderer r;
    private final SiteModel model;
    private final ViewFactory views;

    Posters(PortalRenderer r, SiteModel model, ViewFactory views) {
        this.r = r;
        this.model = model;
        this.views = views;
    }

    /** Whether {@code e} is a 公示 or 村务公开 item, one that goes on a noticeboard. */
    static boolean applies(Entry e, Catalog catalog) {
        return e.item().noticePeriod().isPresent() || e.organ().type() == OrganType.VILLAGE
                || catalog.path(e.category()).stream().anyMatch(c -> c.appliesTo().equals(Set.of(OrganType.VILLAGE)));
    }

    /** The poster of {@code e} as a site-relative href, or empty when it has none in this build. */
    String href(Entry e) {
        return e.listed() && e.item().withdrawn().isEmpty() && applies(e, model.content().catalog())
                ? PortalLayout.poster(e.url()) : "";
    }

    void addTo(OutputPlan out) {
        String phone = model.content().site().contact().supervisionPhone();
        for (Entry e : model.listed()) {
            String href = href(e);
            if (href.isEmpty()) {
                continue;
            }
            r.emit(out, "poster", PortalLayout.file(href), () -> page(e, href), () -> PortalRenderer.vars("item",
                    views.item(e), "poster", poster(e, phone)));
        }
    }

    private PosterView poster(Entry e, String phone) {
        String lang = e.item().lang().tag();
        String period = e.item().noticePeriod().map(n -> r.tIn(lang, "poster.period", date(lang, n.from()),
                date(lang, n.to()))).orElse("");
        return new PosterView(e.url(), period, phone, date(lang, e.firstPublished()));
    }

    private org.gongkai.core.render.view.PageView page(Entry e, String href) {
        String lang = e.item().lang().tag();
        List<LinkView> crumbs = r.itemCrumbs(e);
        String title = r.tIn(lang, "poster.title", e.item().title());
        crumbs.add(new LinkView(r.tIn(lang, "poster.link"), href));
        return r.page(PortalLayout.file(href), title, lang, e.category().name(), crumbs, "");
    }

    private String date(String lang, LocalDate d) {
        return r.tIn(lang, "poster.date", d.getYear(), d.getMonthValue(), d.getDayOfMonth(), d.toString());
    }
}
