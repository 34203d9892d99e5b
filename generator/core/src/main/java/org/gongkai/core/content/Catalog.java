package org.gongkai.core.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** content/catalog.yaml: the category tree, in file order. */
public final class Catalog {
    private final Map<String, Category> byId;
    private final List<String> roots;
    /** Each category's path from its root, made once: the model walks one for every listed item on every rebuild. */
    private final Map<String, List<Category>> paths;
    /** Each category's line of the annual report's table 二 (see {@link #annualReportLine}), made once likewise. */
    private final Map<String, Optional<ProactiveLine>> lines;

    public Catalog(List<Category> categories) {
        Map<String, Category> m = new LinkedHashMap<>();
        List<String> r = new ArrayList<>();
        for (Category c : categories) {
            if (m.putIfAbsent(c.id(), c) == null && c.parent().isEmpty()) {
                r.add(c.id());
            }
        }
        this.byId = Collections.unmodifiableMap(m);
        this.roots = List.copyOf(r);
        Map<String, List<Category>> p = new HashMap<>();
        byId.values().forEach(c -> p.put(c.id(), walkPath(c)));
        this.paths = Map.copyOf(p);
        Map<String, Optional<ProactiveLine>> l = new HashMap<>();
        p.forEach((id, path) -> {
            Optional<ProactiveLine> line = Optional.empty();
            for (int i = path.size() - 1; i >= 0 && line.isEmpty(); i--) {
                line = path.get(i).annualReport();
            }
            l.put(id, line);
        });
        this.lines = Map.copyOf(l);
    }

    public Optional<Category> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All categories, depth first in file order. */
    public List<Category> all() {
        List<Category> out = new ArrayList<>();
        roots.forEach(id -> collect(byId.get(id), out));
        return out;
    }

    private void collect(Category c, List<Category> out) {
        out.add(c);
        c.children().forEach(id -> collect(byId.get(id), out));
    }

    public List<Category> roots() {
        return roots.stream().map(byId::get).toList();
    }

    public List<Category> children(Category c) {
        return c.children().stream().map(byId::get).toList();
    }

    /** The category and its ancestors, top first (for breadcrumbs). */
    public List<Category> path(Category c) {
        List<Category> known = paths.get(c.id());
        return known != null && known.get(known.size() - 1) == c ? known : walkPath(c);
    }

    /** At most as many steps as there are categories, so that a parent loop (which the loader reports) ends. */
    private List<Category> walkPath(Category c) {
        List<Category> out = new ArrayList<>();
        for (Category at = c; at != null && out.size() <= byId.size(); at = at.parent().isEmpty() ? null : byId.get(at.parent())) {
            out.add(at);
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }

    /** The line of the annual report's table 二 that items of a category count in: its own, or its nearest ancestor's. */
    public Optional<ProactiveLine> annualReportLine(String categoryId) {
        return lines.getOrDefault(categoryId, Optional.empty());
    }

    /**
     * Is the item a 规范性文件: written as one ({@code genre: regulation}), or in a category the annual report counts
     * as 行政规范性文件 ({@code annual-report: normative-documents})? The policy library lists these, and a passed
     * {@code valid-until} on one still written valid is reported.
     */
    public boolean isNormative(Item item) {
        return item.genre() == Genre.REGULATION
                || annualReportLine(item.category()).filter(l -> l == ProactiveLine.NORMATIVE_DOCUMENTS).isPresent();
    }

    /**
     * Every category (as {@link #all} lists them) with the values within it, its own and those of the categories below, each list
     * in the given order: each value's path is walked once, where filtering the values for every category (by
     * {@link #isWithin}) was a tenth of a 10k preview rebuild.
     */
    public <T> Map<String, List<T>> within(List<T> values, java.util.function.Function<T, Category> category) {
        Map<String, List<T>> m = new LinkedHashMap<>();
        all().forEach(c -> m.put(c.id(), new ArrayList<>()));
        for (T v : values) {
            for (Category c : path(category.apply(v))) {
                List<T> in = m.get(c.id());
                if (in != null) {
                    in.add(v);
                }
            }
        }
        m.replaceAll((k, l) -> List.copyOf(l));
        return m;
    }

    /** Is {@code c} the category {@code ancestorId} or below it? */
    public boolean isWithin(Category c, String ancestorId) {
        return path(c).stream().anyMatch(a -> a.id().equals(ancestorId));
    }
}
