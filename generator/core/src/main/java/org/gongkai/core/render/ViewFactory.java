package org.gongkai.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.content.Attachment;
import org.gongkai.core.content.BodyLink;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.Organ;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.InternalLinks;
import org.gongkai.core.model.PortalLayout;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.view.AttachmentView;
import org.gongkai.core.render.view.CategoryNodeView;
import org.gongkai.core.render.view.ChangeView;
import org.gongkai.core.render.view.ContactView;
import org.gongkai.core.render.view.FilterOptionView;
import org.gongkai.core.render.view.ItemSummaryView;
import org.gongkai.core.render.view.ItemView;
import org.gongkai.core.render.view.LinkView;
import org.gongkai.core.render.view.MonthView;
import org.gongkai.core.render.view.NoticeView;
import org.gongkai.core.render.view.OrganColumnView;
import org.gongkai.core.render.view.OrganView;
import org.gongkai.core.render.view.ProvenanceView;
import org.gongkai.core.render.view.SiteView;
import org.gongkai.core.render.view.WithdrawalView;
import org.gongkai.core.render.view.YearView;

/** Turns the site model into the read-only views templates get. */
final class ViewFactory {
    private final SiteModel model;
    private final Content content;
    private final MarkdownRenderer markdown;
    private final InternalLinks links;
    /** Items with a page in this build: a body's link to any other item is shown as text (its URL would leak). */
    private final Set<Item> visible;
    /**
     * Each visible entry's summary, made once: an entry is listed on many pages (its categories, organ, year,
     * archive month, pages of each), and making them anew was an eighth of a preview rebuild. Read-only after the
     * constructor, so the renderer's threads share it.
     */
    private final Map<Entry, ItemSummaryView> summaries = new IdentityHashMap<>();

    ViewFactory(SiteModel model, MarkdownRenderer markdown) {
        this.model = model;
        this.content = model.content();
        this.markdown = markdown;
        this.links = model.links();
        this.visible = Collections.newSetFromMap(new IdentityHashMap<>());
        model.visible().forEach(e -> visible.add(e.item()));
        model.visible().forEach(e -> summaries.put(e, newSummary(e)));
    }

    /**
     * A body as HTML on the page written at {@code pageFile}: each link to the portal's own items, pages and
     * attachments (checked by the model stage) made relative to the page, so that it works from any folder and
     * from file://; a link to an item this build does not show becomes its text.
     */
    String bodyHtml(String body, String pageFile) {
        return markdown.toHtml(body, destination -> {
            if (!(links.resolve(destination) instanceof InternalLinks.Found f)) {
                return Optional.of(destination); // another site (the sanitizer vets it), or broken: an error already
            }
            if (f.item().isPresent() && !visible.contains(f.item().get())) {
                return Optional.empty();
            }
            return Optional.of(Links.relative(pageFile, f.href()) + f.suffix());
        });
    }

    /** The attachments a body links to or shows, by path under content/: copied with the page that uses them. */
    Set<String> linkedAttachments(List<BodyLink> bodyLinks) {
        Set<String> out = new java.util.TreeSet<>();
        for (BodyLink l : bodyLinks) {
            if (links.resolve(l.destination()) instanceof InternalLinks.Found f && f.href().startsWith(PortalLayout.ATTACHMENTS)) {
                out.add(f.href());
            }
        }
        return out;
    }

    static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    SiteView site(Messages messages) {
        return site(messages, content.site().language().tag());
    }

    /** The site with its navigation in {@code lang}, for pages in another language than the site's. */
    SiteView site(Messages messages, String lang) {
        var s = content.site();
        var c = s.contact();
        List<LinkView> nav = List.of(
                new LinkView(messages.get(lang, "nav.home"), PortalLayout.HOME),
                new LinkView(messages.get(lang, "nav.catalog"), PortalLayout.CATALOG),
                new LinkView(messages.get(lang, "nav.organs"), PortalLayout.ORGANS),
                new LinkView(messages.get(lang, "nav.policies"), PortalLayout.POLICIES),
                new LinkView(messages.get(lang, "nav.archive"), PortalLayout.ARCHIVE),
                new LinkView(messages.get(lang, "nav.guide"), PortalLayout.GUIDE));
        return new SiteView(s.name(), s.shortName(), s.baseUrl(), s.siteIdCode(), lang,
                new ContactView(c.office(), c.address(), c.postcode(), c.hours(), c.phone(), c.supervisionPhone(), c.email()),
                key(model.mode()), s.feedback().configured() ? PortalLayout.FEEDBACK : "", nav, marks(s));
    }

    private static org.gongkai.core.render.view.MarksView marks(org.gongkai.core.content.SiteConfig s) {
        var m = s.marks();
        return new org.gongkai.core.render.view.MarksView(m.conacImage(), m.conacLink(), m.icpNumber(),
                m.icpNumber().isEmpty() ? "" : m.icpLink(), m.policeNumber(), m.policeLink(), m.policeIcon(), m.sponsor(),
                m.organizer(), m.errorReportFor(s.siteIdCode()));
    }

    private static String categoryHref(Category c) {
        return PortalLayout.category(c.id());
    }

    private static String organHref(Organ o) {
        return PortalLayout.organ(o.id());
    }

    ItemSummaryView summary(Entry e) {
        ItemSummaryView made = summaries.get(e);
        return made != null ? made : newSummary(e);
    }

    private ItemSummaryView newSummary(Entry e) {
        Item i = e.item();
        return new ItemSummaryView(i.title(), e.url(), e.firstPublished().toString(), e.organ().name(),
                e.category().name(), i.index(), i.docNumber(), key(i.genre()), key(e.validity()), i.lang().tag(),
                i.withdrawn().isPresent(), e.marks().stream().map(ViewFactory::key).toList());
    }

    List<ItemSummaryView> summaries(List<Entry> entries) {
        return entries.stream().map(this::summary).toList();
    }

    ItemView item(Entry e) {
        Item i = e.item();
        SiteModel.Relations r = model.relations();
        Optional<NoticeView> notice = i.noticePeriod().map(n -> new NoticeView(n.from().toString(), n.to().toString(),
                key(n.stateOn(model.today()))));
        return new ItemView(i.title(), i.lang().tag(), i.index(),
                new LinkView(e.organ().name(), organHref(e.organ())),
                new LinkView(e.category().name(), categoryHref(e.category())),
                i.written().toString(), e.firstPublished().toString(), i.docNumber(), key(i.genre()), key(e.validity()),
                i.validUntil().map(LocalDate::toString).orElse(""),
                i.expiredSince(model.today()).map(LocalDate::toString).orElse(""), key(i.disclosure()), key(i.audience()), i.summary(),
                i.keywords(), bodyHtml(i.body(), PortalLayout.file(e.url())), attachments(i),
                link(r.interprets().get(e)), links(r.interpretedBy().get(e)),
                link(r.repealedBy().get(e)), links(r.replaces().get(e)), links(r.related().get(e)),
                notice.orElse(null),
                i.withdrawn().map(w -> new WithdrawalView(w.date().toString(), w.reason())).orElse(null),
                i.changes().stream().map(c -> new ChangeView(c.date().toString(), c.note())).toList(),
                e.firstPublished().toString(), e.lastUpdated().toString(),
                i.reviewBy().map(LocalDate::toString).orElse(""),
                e.marks().stream().map(ViewFactory::key).toList(), i.extra(),
                e.provenance().stream().map(v -> new ProvenanceView(v.commit(),
                        v.when().atOffset(org.gongkai.core.content.Dates.CHINA).toLocalDate().toString(),
                        v.pullRequest().map(String::valueOf).orElse(""), v.subject())).toList(),
                i.replyTo().isPresent() ? FeedbackPages.reply(e, content.site()) : null);
    }

    private static LinkView link(Entry e) {
        return e == null ? null : new LinkView(e.item().title(), e.url());
    }

    private static List<LinkView> links(List<Entry> entries) {
        return entries == null ? List.of() : entries.stream().map(ViewFactory::link).toList();
    }

    private List<AttachmentView> attachments(Item i) {
        List<AttachmentView> out = new ArrayList<>();
        for (Attachment a : i.attachments()) {
            String href = PortalLayout.attachment(a.path());
            // The check stage has made sure every attachment is a vetted file of content/attachments/.
            long size = content.attachments().get(href).size();
            int dot = href.lastIndexOf('.');
            String type = dot < 0 ? "" : href.substring(dot + 1).toUpperCase(Locale.ROOT);
            out.add(new AttachmentView(a.title(), href, type, humanSize(size)));
        }
        return out;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    List<CategoryNodeView> tree() {
        return content.catalog().roots().stream().map(this::node).toList();
    }

    CategoryNodeView node(Category c) {
        return new CategoryNodeView(c.id(), c.name(), c.article(), categoryHref(c), model.inCategory(c).size(),
                key(c.cadence()), c.deadline(), content.catalog().children(c).stream().map(this::node).toList());
    }

    /** The catalog as a flat list for a select box, depth first. */
    List<FilterOptionView> categoryOptions() {
        return content.catalog().all().stream()
                .map(c -> new FilterOptionView(c.id(), c.name(), content.catalog().path(c).size() - 1)).toList();
    }

    OrganView organ(Organ o) {
        String parent = o.parent().isEmpty() ? "" : content.site().organ(o.parent()).map(Organ::name).orElse("");
        return new OrganView(o.id(), o.name(), o.code(), key(o.type()), organHref(o), model.ofOrgan(o).size(), parent);
    }

    /**
     * The columns that are this organ's duty (a category that applies to its type and whose 栏目空白 is judged per
     * organ: a village's 村务, 党务 and 财务), in catalog order, with the organ's own items in each.
     */
    List<OrganColumnView> organColumns(Organ o) {
        List<OrganColumnView> out = new ArrayList<>();
        Map<String, List<Entry>> within = content.catalog().within(
                model.ofOrgan(o).stream().filter(e -> e.item().withdrawn().isEmpty()).toList(), Entry::category);
        for (Category c : content.catalog().all()) {
            if (!c.children().isEmpty() || !c.cadencePerOrgan()
                    || !(c.appliesTo().isEmpty() || c.appliesTo().contains(o.type()))) {
                continue;
            }
            List<Entry> in = within.get(c.id());
            Optional<LocalDate> latest = in.stream().map(e -> org.gongkai.core.content.Dates.dayInChina(e.published()))
                    .max(LocalDate::compareTo);
            boolean blank = c.cadence().blankAfterDays().map(days -> latest.isEmpty()
                    || java.time.temporal.ChronoUnit.DAYS.between(latest.get(), model.today()) > days).orElse(false);
            List<Category> path = content.catalog().path(c);
            String name = String.join(" · ", path.subList(Math.min(1, path.size() - 1), path.size()).stream()
                    .map(Category::name).toList());
            out.add(new OrganColumnView(name, categoryHref(c), key(c.cadence()), in.size(),
                    latest.map(LocalDate::toString).orElse(""), blank));
        }
        return out;
    }

    List<OrganView> organs() {
        return content.site().organs().stream().map(this::organ).toList();
    }

    List<YearView> years() {
        List<YearView> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Entry>> y : model.byYear().entrySet()) {
            out.add(year(y.getKey(), y.getValue()));
        }
        return out;
    }

    YearView year(int year, List<Entry> entries) {
        int[] counts = new int[13];
        entries.forEach(e -> counts[e.firstPublished().getMonthValue()]++);
        List<MonthView> months = new ArrayList<>();
        for (int m = 12; m >= 1; m--) {
            if (counts[m] > 0) {
                months.add(new MonthView(year, m, counts[m], PortalLayout.month(year, m)));
            }
        }
        return new YearView(year, entries.size(), PortalLayout.year(year), PortalLayout.volume(year), months);
    }
}
