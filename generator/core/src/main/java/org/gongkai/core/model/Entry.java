package org.gongkai.core.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.gongkai.core.content.Category;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.Validity;
import org.gongkai.core.history.FileHistory;

/**
 * An item as the portal shows it: its URL, resolved dates, organ and category, whether it appears in lists, and
 * the marks an internal or preview build puts on it.
 *
 * @param url site-relative folder of the page, e.g. {@code items/czj/2026/budget/}
 * @param listed in lists, feeds, archive and open data (visible and not withdrawn)
 * @param marks reasons the item is not public (internal / on-request / scheduled / draft), empty in public builds
 * @param provenance the main-line commits that published each version (internal and preview builds only)
 * @param validity 有效性 on the build's day ({@link Item#validityOn}): what every page, list, search facet and open
 *        data file shows, so that a passed {@code valid-until} shows as 已失效 without an edit
 */
public record Entry(Item item, String url, Organ organ, Category category, OffsetDateTime published,
                    LocalDate firstPublished, LocalDate lastUpdated, boolean listed, List<Mark> marks,
                    List<FileHistory.Version> provenance, Validity validity) {

    public enum Mark { INTERNAL, ON_REQUEST, EXEMPT, SCHEDULED, DRAFT }

    public Entry {
        marks = List.copyOf(marks);
        provenance = List.copyOf(provenance);
    }

    public int year() {
        return firstPublished.getYear();
    }
}
