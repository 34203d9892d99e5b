package org.gongkai.core.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.content.Audience;
import org.gongkai.core.content.Cadence;
import org.gongkai.core.content.Catalog;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.Disclosure;
import org.gongkai.core.content.Item;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;

/**
 * 栏目空白: a category that must be updated monthly, quarterly or yearly but has had no public item for longer than
 * that (with a grace for the publication deadline). Only leaf categories are judged; an item counts from its
 * 发布日期, or its 成文日期 when it has none yet.
 */
final class CadenceCheck {
    private CadenceCheck() {
    }

    /** Calendar days after which a category of that cadence is blank. */
    static Optional<Integer> allowedDays(Cadence cadence) {
        return switch (cadence) {
            case MONTHLY -> Optional.of(31 + 14);
            case QUARTERLY -> Optional.of(92 + 14);
            case ANNUAL -> Optional.of(366 + 31);
            default -> Optional.empty();
        };
    }

    static void check(Catalog catalog, List<Item> items, List<org.gongkai.core.content.ReportSource> reports,
                      LocalDate today, Diagnostics diagnostics) {
        Map<String, LocalDate> latest = new HashMap<>();
        for (Item i : items) {
            if (i.disclosure() != Disclosure.PROACTIVE || i.audience() != Audience.PUBLIC || i.draft()
                    || i.withdrawn().isPresent()) {
                continue;
            }
            LocalDate d = i.published().map(org.gongkai.core.content.Dates::dayInChina)
                    .orElse(i.written());
            if (!d.isAfter(today)) {
                latest.merge(i.category(), d, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        // The generated annual reports are the content of the category that lists them.
        for (var r : reports) {
            r.published().filter(d -> !d.isAfter(today)).ifPresent(d -> catalog.all().stream().filter(Category::listsReports)
                    .forEach(c -> latest.merge(c.id(), d, (a, b) -> a.isAfter(b) ? a : b)));
        }
        for (Category c : catalog.all()) {
            Optional<Integer> allowed = allowedDays(c.cadence());
            if (!c.children().isEmpty() || allowed.isEmpty()) {
                continue;
            }
            LocalDate last = latest.get(c.id());
            if (last == null) {
                diagnostics.add(Code.CADENCE_EMPTY, c.at(), c.name(), c.cadence());
            } else if (ChronoUnit.DAYS.between(last, today) > allowed.get()) {
                diagnostics.add(Code.CADENCE_GAP, c.at(), c.name(), c.cadence(), last, ChronoUnit.DAYS.between(last, today));
            }
        }
    }
}
