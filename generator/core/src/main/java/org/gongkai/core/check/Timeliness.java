package org.gongkai.core.check;

import java.time.LocalDate;

import org.gongkai.core.content.Category;
import org.gongkai.core.content.HolidayCalendar;
import org.gongkai.core.content.Item;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Stage;

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
            diagnostics.error(Stage.CHECK, "published-before-written", item.at("published"), "发布日期 " + published
                    + " is before 成文日期 " + item.written(), "check both dates");
            return;
        }
        int days = calendar.workingDaysBetween(item.written(), published);
        if (days > category.deadline()) {
            diagnostics.warning(Stage.CHECK, "late", item.at("published"), "published " + days
                    + " working days after it was written; '" + category.name() + "' allows " + category.deadline(),
                    "条例第二十六条: publish within " + category.deadline() + " working days of 成文日期");
        }
    }
}
