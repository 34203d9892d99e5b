package org.gongkai.core.history;

import java.time.Instant;

/** When a file first reached the main line, and when it last changed there. */
public record FileHistory(Instant firstAdded, Instant lastChanged) {
}
