package org.gongkai.core.check;

import java.time.LocalDate;

import org.gongkai.core.content.Category;
import org.gongkai.core.content.HolidayCalendar;
import org.gongkai.core.content.Item;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;

/** 条例第二十六条: an item is published within the category's deadline, counted in working days from 成文日期. */
final class Timeliness {
    private Timeliness() {
    }

    static void check(Item item, Category category, HolidayCalendar calendar, Diagnostics diagnostics) {
        if (item.published().isEmpty()) {
            return;
        }
        LocalDate published = org.gongkai.core.content.Dates.dayInChina(item.published().get());
        if (published.isBefore(item.written())) {
            diagnostics.add(Code.PUBLISHED_BEFORE_WRITTEN, item.at("published"), published, item.written());
            return;
        }
        int days = calendar.workingDaysBetween(item.written(), published);
        if (days > category.deadline()) {
            diagnostics.add(Code.LATE, item.at("published"), days, category.name(), category.deadline());
        }
    }
}
