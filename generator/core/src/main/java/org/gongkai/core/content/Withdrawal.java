package org.gongkai.core.content;

import java.time.LocalDate;

/** 撤回: the page stays with a banner and the reason, but leaves lists, feeds and search. */
public record Withdrawal(LocalDate date, String reason) {
}
