package org.gongkai.core.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.content.Audience;
import org.gongkai.core.content.Cadence;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Dates;
import org.gongkai.core.content.Disclosure;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.ReportSource;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Phrase;

/**
 * 栏目空白: a category that must be updated monthly, quarterly or yearly but has had no public item for longer than
 * that (with a grace for the publication deadline). Only leaf categories are judged; an item counts from its
 * 发布日期, or its 成文日期 when it has none yet.
 *
 * <p>A category with {@code applies-to} is a duty of every organ of those types, so it is judged per organ: one
 * diligent village must not hide another's blank 财务公开 column. A category for every organ type, or one with
 * {@code cadence-per: site} (政府预算决算, kept by the 财政部门 for the county), is judged over the whole site, where
 * any organ's item fills it.
 */
final class CadenceCheck {
    /** Whose column is blank: the whole site's, or one organ's (then the message names it). */
    enum Scope { SITE, ORGAN }

    private CadenceCheck() {
    }

    static void check(Content content, LocalDate today, Diagnostics diagnostics) {
        // Latest public date per category, over the site ("" organ) and per organ.
        Map<Key, LocalDate> latest = new HashMap<>();
        for (Item i : content.items()) {
            if (i.disclosure() != Disclosure.PROACTIVE || i.audience() != Audience.PUBLIC || i.draft()
                    || i.withdrawn().isPresent()) {
                continue;
            }
            LocalDate d = i.published().map(Dates::dayInChina).orElse(i.written());
            if (!d.isAfter(today)) {
                note(latest, i.category(), i.organ(), d);
            }
        }
        // The generated annual reports are the content of the category that lists them.
        for (ReportSource r : content.reports()) {
            r.published().filter(d -> !d.isAfter(today)).ifPresent(d -> content.catalog().all().stream()
                    .filter(Category::listsReports).forEach(c -> note(latest, c.id(), r.organ(), d)));
        }
        for (Category c : content.catalog().all()) {
            Optional<Integer> allowed = c.cadence().blankAfterDays();
            if (!c.children().isEmpty() || allowed.isEmpty()) {
                continue;
            }
            if (!c.cadencePerOrgan()) {
                judge(c, Optional.empty(), latest.get(new Key(c.id(), "")), allowed.get(), today, diagnostics);
            } else {
                for (Organ o : content.site().organs()) {
                    if (c.appliesTo().isEmpty() || c.appliesTo().contains(o.type())) {
                        judge(c, Optional.of(o), latest.get(new Key(c.id(), o.id())), allowed.get(), today, diagnostics);
                    }
                }
            }
        }
    }

    private static void note(Map<Key, LocalDate> latest, String category, String organ, LocalDate d) {
        latest.merge(new Key(category, ""), d, CadenceCheck::later);
        latest.merge(new Key(category, organ), d, CadenceCheck::later);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void judge(Category c, Optional<Organ> organ, LocalDate last, int allowed, LocalDate today,
                              Diagnostics diagnostics) {
        Phrase scope = organ.map(o -> Phrase.of(Scope.ORGAN, o.name())).orElse(Phrase.of(Scope.SITE));
        if (last == null) {
            diagnostics.add(Code.CADENCE_EMPTY, c.at(), c.name(), c.cadence(), scope);
        } else if (ChronoUnit.DAYS.between(last, today) > allowed) {
            diagnostics.add(Code.CADENCE_GAP, c.at(), c.name(), c.cadence(), last, ChronoUnit.DAYS.between(last, today),
                    scope);
        }
    }

    private record Key(String category, String organ) {
    }
}
