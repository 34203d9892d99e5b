package org.gongkai.core.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates as written in content and parameters: a date is 00:00 China time; a date-time without offset is China time. */
public final class Dates {
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** Dates of content lie in these years; others are typing errors (and would make day-by-day counting unbounded). */
    public static final int EARLIEST_YEAR = 1949;
    public static final int LATEST_YEAR = 2199;

    private Dates() {
    }

    /** The calendar day a moment falls on in China. */
    public static LocalDate dayInChina(OffsetDateTime t) {
        return t.atZoneSameInstant(CHINA).toLocalDate();
    }

    public static Optional<OffsetDateTime> parseDateTime(String raw) {
        String t = raw.strip().replace(' ', 'T');
        OffsetDateTime parsed;
        try {
            if (t.length() == 10) {
                parsed = LocalDate.parse(t).atStartOfDay().atOffset(CHINA);
            } else {
                try {
                    parsed = OffsetDateTime.parse(t);
                } catch (DateTimeParseException e) {
                    parsed = LocalDateTime.parse(t).atOffset(CHINA);
                }
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        int year = parsed.getYear();
        return year < EARLIEST_YEAR || year > LATEST_YEAR ? Optional.empty() : Optional.of(parsed);
    }
}
