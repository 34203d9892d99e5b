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

    /**
     * The day {@code n} working days after {@code from} (条例第三十三条: "自收到申请之日起20个工作日内"): the deadline
     * falls on the n-th working day after the day of receipt.
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
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
