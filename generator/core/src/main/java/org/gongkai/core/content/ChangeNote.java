package org.gongkai.core.content;

import java.time.LocalDate;

/** A public change note (更新记录). */
public record ChangeNote(LocalDate date, String note) {
}
