package org.gongkai.core.compliance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.core.content.HolidayCalendar;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.SiteModel;

/**
 * 信息发布统计: how many items each organ published in each category and month, how many of them within the
 * category's deadline (条例第二十六条, in working days from 成文日期), and how many were withdrawn. Counted over what
 * this build shows: the public build counts public items only, so its open data holds nothing else.
 */
public record PublicationStatistics(List<Row> rows) {

    /** One organ, category and month of 发布日期. */
    public record Row(String organ, String category, YearMonth month, int published, int onTime, int withdrawn) {
    }

    public PublicationStatistics {
        rows = List.copyOf(rows);
    }

    public static PublicationStatistics of(SiteModel model) {
        HolidayCalendar calendar = model.content().site().holidays();
        record Key(String organ, String category, YearMonth month) {
        }
        Map<Key, int[]> counts = new TreeMap<>(Comparator.comparing(Key::month).thenComparing(Key::organ)
                .thenComparing(Key::category));
        for (Entry e : model.visible()) {
            int[] c = counts.computeIfAbsent(new Key(e.organ().id(), e.category().id(), YearMonth.from(e.firstPublished())),
                    k -> new int[3]);
            c[0]++;
            if (calendar.workingDaysBetween(e.item().written(), e.firstPublished()) <= e.category().deadline()) {
                c[1]++;
            }
            if (e.item().withdrawn().isPresent()) {
                c[2]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((k, c) -> rows.add(new Row(k.organ(), k.category(), k.month(), c[0], c[1], c[2])));
        return new PublicationStatistics(rows);
    }

    /** The years counted, newest first. */
    public List<Integer> years() {
        return rows.stream().map(r -> r.month().getYear()).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public int published(String organ, int year) {
        return rows.stream().filter(r -> r.organ().equals(organ) && r.month().getYear() == year).mapToInt(Row::published).sum();
    }
}
