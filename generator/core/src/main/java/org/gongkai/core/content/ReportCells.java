package org.gongkai.core.content;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * Cells of an annual report's tables written in a file, by address ({@code 表三/new/natural-person}, see
 * {@code report.Cell}), with where each was written. Empty when nothing was given.
 */
public record ReportCells(Map<String, BigDecimal> values, Map<String, SourcePosition> positions) {
    public static final ReportCells NONE = new ReportCells(Map.of(), Map.of());

    public ReportCells {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
        positions = Map.copyOf(positions);
    }

    public Optional<BigDecimal> get(String address) {
        return Optional.ofNullable(values.get(address));
    }

    /** Whether any cell of the table with this prefix ("applications/") is given. */
    public boolean hasTable(String prefix) {
        return values.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
