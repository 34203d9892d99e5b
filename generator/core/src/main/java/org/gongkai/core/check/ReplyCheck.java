package org.gongkai.core.check;

import java.time.LocalDate;

import org.gongkai.core.content.HolidayCalendar;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.ReplyTo;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;

/**
 * A reply to a message of the 意见箱 is published within the office's own commitment ({@code feedback.reply-within}
 * working days, counted from the day the message was received to the 发布日期, with the holiday calendar, as
 * 条例第二十六条's deadline is): later is a warning ({@code reply-late}, 互动回应差 is what an inspection fails a site
 * for), a reply published before its message came an error. Like {@link Timeliness}, an item without
 * {@code published} is not judged (git dates it when it reaches the main line).
 */
final class ReplyCheck {
    private ReplyCheck() {
    }

    static void check(Item item, int replyWithin, HolidayCalendar calendar, Diagnostics diagnostics) {
        if (item.replyTo().isEmpty() || item.published().isEmpty()) {
            return;
        }
        ReplyTo r = item.replyTo().get();
        LocalDate published = org.gongkai.core.content.Dates.dayInChina(item.published().get());
        if (published.isBefore(r.received())) {
            diagnostics.add(Code.REPLY_BEFORE_RECEIVED, r.receivedAt(), r.received(), published);
            return;
        }
        int days = calendar.workingDaysBetween(r.received(), published);
        if (days > replyWithin) {
            diagnostics.add(Code.REPLY_LATE, r.at(), days, r.received(), published, replyWithin);
        }
    }
}
