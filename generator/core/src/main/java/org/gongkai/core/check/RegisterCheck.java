package org.gongkai.core.check;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongkai.core.content.Application;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.HolidayCalendar;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * The 依申请公开 register's rules: one register number per application, answers in the annual report's categories
 * with their reasons, dates in order, and the 条例第三十三条 deadline (20 working days from receipt, or from the
 * 补正, plus at most 20 with an extension): unanswered past it is an error, within five working days of it a
 * warning, answered after it a warning.
 */
final class RegisterCheck {
    /** Working days before the deadline from which an unanswered application is flagged. */
    static final int WARN_WITHIN = 5;

    private final Diagnostics diagnostics;

    RegisterCheck(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(Content content, LocalDate today) {
        Map<String, Application> ids = new HashMap<>();
        HolidayCalendar calendar = content.site().holidays();
        for (Application a : content.applications()) {
            Application other = ids.putIfAbsent(org.gongkai.core.load.LookAlikes.normalized(a.id()), a);
            if (other != null) {
                diagnostics.add(Code.DUPLICATE_REQUEST, a.at("id"), a.id(), other.file());
            }
            if (content.site().organ(a.organ()).isEmpty()) {
                diagnostics.add(Code.UNKNOWN_ORGAN, a.at("organ"), a.organ(),
                        String.join(", ", content.site().organsById().keySet()));
            }
            outcome(a);
            dates(a);
            deadline(a, calendar, today);
        }
    }

    private void outcome(Application a) {
        if (a.outcome().isPresent() && a.replied().isEmpty()) {
            diagnostics.add(Code.REQUEST_INCOMPLETE, a.at("outcome"), new Field("outcome"), new Field("replied"));
        }
        if (a.replied().isPresent() && a.outcome().isEmpty()) {
            diagnostics.add(Code.REQUEST_INCOMPLETE, a.at("replied"), new Field("replied"), new Field("outcome"));
        }
        a.outcome().ifPresent(o -> {
            if (o.kind().needsReason() && o.reason().isEmpty()) {
                diagnostics.add(Code.OUTCOME_WITHOUT_REASON, a.at("outcome"), o.kind(), reasonsOf(o.kind()));
            } else if (o.reason().isPresent() && o.reason().get().kind() != o.kind()) {
                diagnostics.add(Code.REASON_NOT_FOR_OUTCOME, a.at("reason"), o.reason().get(), o.kind(),
                        o.kind().needsReason() ? reasonsOf(o.kind()) : "—");
            }
        });
    }

    static String reasonsOf(Application.OutcomeKind kind) {
        return Arrays.stream(Application.Reason.values()).filter(r -> r.kind() == kind)
                .map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
    }

    /** Every date of a record follows the one it answers. */
    private void dates(Application a) {
        a.supplement().ifPresent(s -> {
            order(a.at("supplement"), "supplement.requested", s.requested(), "received", a.received());
            s.received().ifPresent(r -> order(a.at("supplement"), "supplement.received", r, "supplement.requested",
                    s.requested()));
        });
        a.extension().ifPresent(e -> order(a.at("extension"), "extension.date", e.date(), "received", a.received()));
        a.replied().ifPresent(r -> {
            order(a.at("replied"), "replied", r, "received", a.received());
            a.supplement().flatMap(Application.Supplement::received)
                    .ifPresent(s -> order(a.at("replied"), "replied", r, "supplement.received", s));
            a.extension().ifPresent(e -> order(a.at("extension"), "replied", r, "extension.date", e.date()));
        });
        for (Application.Appeal p : a.appeals()) {
            a.replied().ifPresent(r -> order(p.at(), "appeals.filed", p.filed(), "replied", r));
            p.decided().ifPresent(d -> order(p.at(), "appeals.decided", d, "appeals.filed", p.filed()));
        }
    }

    private void order(SourcePosition at, String later, LocalDate laterDate, String earlier, LocalDate earlierDate) {
        if (laterDate.isBefore(earlierDate)) {
            diagnostics.add(Code.DATES_OUT_OF_ORDER, at, new Field(later), laterDate, new Field(earlier), earlierDate);
        }
    }

    private void deadline(Application a, HolidayCalendar calendar, LocalDate today) {
        LocalDate due = a.due(calendar);
        Optional<LocalDate> replied = a.replied();
        if (replied.isEmpty()) {
            if (today.isAfter(due)) {
                diagnostics.add(Code.REQUEST_OVERDUE, a.at("received"), a.id(), due, calendar.workingDaysBetween(due, today));
            } else if (calendar.workingDaysBetween(today, due) <= WARN_WITHIN) {
                diagnostics.add(Code.REQUEST_DUE_SOON, a.at("received"), a.id(), due, calendar.workingDaysBetween(today, due));
            }
        } else if (replied.get().isAfter(due)) {
            diagnostics.add(Code.REQUEST_ANSWERED_LATE, a.at("replied"), a.id(), replied.get(), due);
        }
    }
}
