package org.gongkai.core.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.gongkai.core.check.References;
import org.gongkai.core.content.Audience;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.ChangeNote;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Disclosure;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.ItemRef;
import org.gongkai.core.content.Organ;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.history.FileHistory;
import org.gongkai.core.history.History;
import org.gongkai.core.report.AnnualReport;
import org.gongkai.core.report.AnnualReports;

/**
 * The model stage: decides what is visible in this build, dates every item, gives each its URL and each alias its
 * redirect ({@link UrlPlan} over {@link PortalLayout}: two owners of one path are an error here, at the line that
 * makes the second, before anything is rendered) and indexes the visible items for listing.
 */
public final class ModelBuilder {
    static final ZoneOffset CHINA = org.gongkai.core.content.Dates.CHINA;
    /** Newest first, then by URL: a total order, so every listing is the same on every build. */
    public static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::published).reversed()
            .thenComparing(Entry::url);

    private final Diagnostics diagnostics;

    public ModelBuilder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public SiteModel build(Content content, History history, BuildMode mode, OffsetDateTime now) {
        // Every output path is owned before anything renders: the portal's own, then each item's page, then the
        // redirects of aliases, of every item whether visible in this build or not.
        UrlPlan urls = new UrlPlan(diagnostics);
        List<Item> items = content.items();
        String[] itemUrls = new String[items.size()];
        for (int i = 0; i < itemUrls.length; i++) {
            itemUrls[i] = url(items.get(i));
            urls.claimItem(itemUrls[i], items.get(i));
        }
        Map<Item, List<String>> redirects = new IdentityHashMap<>();
        for (Item item : content.items()) {
            List<String> hrefs = new ArrayList<>();
            item.aliases().forEach(a -> urls.claimAlias(a, item).ifPresent(hrefs::add));
            redirects.put(item, List.copyOf(hrefs));
        }
        LocalDate today = now.atZoneSameInstant(CHINA).toLocalDate();
        List<Entry> visible = new ArrayList<>();
        Map<Item, Entry> byItem = new IdentityHashMap<>();
        Set<Item> publicItems = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        boolean warnedNoGit = false;
        for (int i = 0; i < itemUrls.length; i++) {
            Item item = items.get(i);
            String url = itemUrls[i];
            Optional<Organ> organ = content.site().organ(item.organ());
            Optional<Category> category = content.catalog().get(item.category());
            if (organ.isEmpty() || category.isEmpty()) {
                continue;
            }
            OffsetDateTime published = item.published().orElse(null);
            if (published == null) {
                Optional<FileHistory> h = history.of(item.file());
                if (h.isPresent()) {
                    published = h.get().firstAdded().atOffset(CHINA);
                } else {
                    published = item.written().atStartOfDay().atOffset(CHINA);
                    if (!history.available() && !warnedNoGit) {
                        warnedNoGit = true;
                        diagnostics.add(Code.NO_GIT, SourcePosition.of(item.file()));
                    } else if (history.available()) {
                        diagnostics.add(Code.NOT_COMMITTED, SourcePosition.of(item.file()));
                    }
                }
            }
            List<Entry.Mark> marks = marks(item, published, now);
            if (visibleIn(BuildMode.PUBLIC, item, marks)) {
                publicItems.add(item);
            }
            if (!visibleIn(mode, item, marks)) {
                continue;
            }
            LocalDate first = published.atZoneSameInstant(CHINA).toLocalDate();
            LocalDate last = item.changes().stream().map(ChangeNote::date).filter(d -> d.isAfter(first))
                    .max(Comparator.naturalOrder()).orElse(first);
            // Who merged what is for the office, not the public.
            List<FileHistory.Version> provenance = mode == BuildMode.PUBLIC ? List.of()
                    : history.of(item.file()).map(FileHistory::versions).orElse(List.of());
            Entry e = new Entry(item, url, organ.get(), category.get(), published, first, last,
                    item.withdrawn().isEmpty(), mode == BuildMode.PUBLIC ? List.of() : marks, provenance,
                    item.validityOn(today));
            visible.add(e);
            byItem.put(item, e);
        }
        sortNewestFirst(visible);
        // Whatever this build shows, a public page's link to an item the public portal lacks is reported.
        // What bodies' links name: made once, for the link check here and the render stage's links.
        InternalLinks links = InternalLinks.of(content, itemUrls);
        new LinkCheck(diagnostics, links, publicItems).check(content);
        List<SiteModel.Alias> aliases = new ArrayList<>();
        for (Entry e : visible) {
            redirects.get(e.item()).forEach(href -> aliases.add(new SiteModel.Alias(href, e)));
        }
        List<Entry> listed = visible.stream().filter(Entry::listed).toList();
        // Every report is made (its 勾稽 checked) in every build; the public one shows the published only.
        References refs = new References(content.items());
        List<AnnualReport> reports = new AnnualReports(content, today, diagnostics, refs).build().stream()
                .filter(r -> mode != BuildMode.PUBLIC || r.published()).toList();
        return new SiteModel(content, mode, today, List.copyOf(visible), listed,
                byCategory(content, listed), byOrgan(listed), byYear(listed),
                relations(refs, byItem), List.copyOf(aliases), reports, links);
    }

    /**
     * Sorts in {@link #NEWEST_FIRST} order, comparing each entry's instant as a number first: comparing two
     * OffsetDateTimes computes both epoch seconds every time, and that was a fifth of a 10k preview's model.
     */
    static void sortNewestFirst(List<Entry> entries) {
        // At the same instant OffsetDateTime orders by local time, that is by offset: reversed, the larger first.
        record Keyed(long second, int nano, int offset, Entry entry) {
        }
        Comparator<Keyed> order = Comparator.comparingLong(Keyed::second).thenComparingInt(Keyed::nano)
                .thenComparingInt(Keyed::offset).reversed().thenComparing(k -> k.entry().url());
        List<Keyed> keyed = new ArrayList<>(entries.size());
        entries.forEach(e -> keyed.add(new Keyed(e.published().toEpochSecond(), e.published().getNano(),
                e.published().getOffset().getTotalSeconds(), e)));
        keyed.sort(order);
        for (int i = 0; i < keyed.size(); i++) {
            entries.set(i, keyed.get(i).entry());
        }
    }

    /** An item's page: see {@link PortalLayout#item}. */
    static String url(Item item) {
        return PortalLayout.item(item.organ(), item.written().getYear(), item.slug());
    }

    private static List<Entry.Mark> marks(Item item, OffsetDateTime published, OffsetDateTime now) {
        List<Entry.Mark> marks = new ArrayList<>();
        if (item.audience() == Audience.INTERNAL) {
            marks.add(Entry.Mark.INTERNAL);
        }
        if (item.disclosure() == Disclosure.ON_REQUEST) {
            marks.add(Entry.Mark.ON_REQUEST);
        }
        if (item.disclosure() == Disclosure.EXEMPT) {
            marks.add(Entry.Mark.EXEMPT);
        }
        if (published.isAfter(now)) {
            marks.add(Entry.Mark.SCHEDULED);
        }
        if (item.draft()) {
            marks.add(Entry.Mark.DRAFT);
        }
        return marks;
    }

    /** Only proactive, public, published, non-draft items are public; the internal build adds internal and on-request. */
    static boolean visibleIn(BuildMode mode, Item item, List<Entry.Mark> marks) {
        return switch (mode) {
            case PUBLIC -> marks.isEmpty();
            case INTERNAL -> marks.stream().allMatch(m -> m == Entry.Mark.INTERNAL || m == Entry.Mark.ON_REQUEST);
            case PREVIEW -> true;
        };
    }

    private static Map<String, List<Entry>> byCategory(Content content, List<Entry> listed) {
        return content.catalog().within(listed, Entry::category);
    }

    private static Map<String, List<Entry>> byOrgan(List<Entry> listed) {
        Map<String, List<Entry>> m = new LinkedHashMap<>();
        listed.forEach(e -> m.computeIfAbsent(e.organ().id(), k -> new ArrayList<>()).add(e));
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }

    private static Map<Integer, List<Entry>> byYear(List<Entry> listed) {
        Map<Integer, List<Entry>> m = new TreeMap<>(Comparator.reverseOrder());
        listed.forEach(e -> m.computeIfAbsent(e.year(), k -> new ArrayList<>()).add(e));
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }

    private static SiteModel.Relations relations(References refs, Map<Item, Entry> byItem) {
        Map<Entry, Entry> interprets = new HashMap<>();
        Map<Entry, List<Entry>> interpretedBy = new HashMap<>();
        Map<Entry, Entry> repealedBy = new HashMap<>();
        Map<Entry, List<Entry>> replaces = new HashMap<>();
        Map<Entry, List<Entry>> related = new HashMap<>();
        for (Entry e : byItem.values()) {
            target(e.item().interprets(), refs, byItem).ifPresent(t -> {
                interprets.put(e, t);
                interpretedBy.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
            });
            target(e.item().repealedBy(), refs, byItem).ifPresent(t -> {
                repealedBy.put(e, t);
                replaces.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
            });
            for (ItemRef r : e.item().related()) {
                target(Optional.of(r), refs, byItem).ifPresent(t -> related.computeIfAbsent(e, k -> new ArrayList<>()).add(t));
            }
        }
        interpretedBy.values().forEach(l -> l.sort(NEWEST_FIRST));
        replaces.values().forEach(l -> l.sort(NEWEST_FIRST));
        return new SiteModel.Relations(interprets, interpretedBy, repealedBy, replaces, related);
    }

    private static Optional<Entry> target(Optional<ItemRef> ref, References refs, Map<Item, Entry> byItem) {
        return ref.flatMap(refs::resolve).map(byItem::get);
    }
}
