package org.gongkai.core.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The State Council's holiday arrangement: public holidays, and the weekend days that are working days (调休).
 * Counts working days for the 条例第二十六条 deadline.
 */
public record HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {

    public HolidayCalendar {
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
