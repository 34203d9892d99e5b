package org.gongkai.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.content.Category;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Organ;
import org.gongkai.core.report.AnnualReport;

/**
 * The immutable site model: what this build shows, indexed the ways the portal lists it. Every list is in one
 * total order: newest first by publication time, then by URL.
 */
public record SiteModel(Content content, BuildMode mode, LocalDate today,
                        List<Entry> visible,
                        List<Entry> listed,
                        Map<String, List<Entry>> byCategory,
                        Map<String, List<Entry>> byOrgan,
                        Map<Integer, List<Entry>> byYear,
                        Relations relations,
                        List<Alias> aliases,
                        List<AnnualReport> reports,
                        InternalLinks links) {

    /**
     * An old URL that must keep working, redirecting to an entry's page; {@code path} is the redirect's href (a
     * folder ending in '/', or an .html or .htm file), which the model has made sure nothing else uses.
     */
    public record Alias(String path, Entry target) {
    }

    /** Links between visible entries; links to entries outside this build are dropped, never shown. */
    public record Relations(Map<Entry, Entry> interprets, Map<Entry, List<Entry>> interpretedBy,
                            Map<Entry, Entry> repealedBy, Map<Entry, List<Entry>> replaces,
                            Map<Entry, List<Entry>> related) {
    }

    /** Entries listed under a category and all categories below it. */
    public List<Entry> inCategory(Category c) {
        return byCategory.getOrDefault(c.id(), List.of());
    }

    public List<Entry> ofOrgan(Organ o) {
        return byOrgan.getOrDefault(o.id(), List.of());
    }

    public Optional<Entry> entry(String file) {
        return visible.stream().filter(e -> e.item().file().equals(file)).findFirst();
    }
}
