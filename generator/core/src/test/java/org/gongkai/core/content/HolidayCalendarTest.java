package org.gongkai.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HolidayCalendarTest {
    // 2026 Labour Day: 1–5 May off, Saturday 9 May worked (调休).
    private final HolidayCalendar calendar = new HolidayCalendar(
            Set.of(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-05")),
            Set.of(LocalDate.parse("2026-05-09")));

    @Test
    void holidaysAndAdjustedWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-05-04"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-05-09"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-05-10"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-05-06"))).isTrue();
    }

    @Test
    void countsWorkingDaysAfterTheStartDay() {
        // 30 Apr (Thu) → 11 May (Mon): 6, 7, 8, 9 (调休), 11 May.
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-11"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-05-11"), LocalDate.parse("2026-05-11"))).isZero();
    }
}
