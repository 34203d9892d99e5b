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

    private Dates() {
    }

    /** The calendar day a moment falls on in China. */
    public static LocalDate dayInChina(OffsetDateTime t) {
        return t.atZoneSameInstant(CHINA).toLocalDate();
    }

    public static Optional<OffsetDateTime> parseDateTime(String raw) {
        String t = raw.strip().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t).atStartOfDay().atOffset(CHINA));
            }
            try {
                return Optional.of(OffsetDateTime.parse(t));
            } catch (DateTimeParseException e) {
                return Optional.of(LocalDateTime.parse(t).atOffset(CHINA));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
