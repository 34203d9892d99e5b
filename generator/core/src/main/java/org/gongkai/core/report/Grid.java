package org.gongkai.core.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * One table of an annual report: a value for every row and column, zero when nothing was counted. Immutable; built
 * with {@link #builder}. Counts are whole numbers; 行政事业性收费 is in 万元 with decimals.
 */
public final class Grid<R extends Enum<R>, C extends Enum<C>> {
    private final Class<R> rows;
    private final Class<C> columns;
    private final Map<R, Map<C, BigDecimal>> cells;

    private Grid(Class<R> rows, Class<C> columns, Map<R, Map<C, BigDecimal>> cells) {
        this.rows = rows;
        this.columns = columns;
        this.cells = cells;
    }

    public static <R extends Enum<R>, C extends Enum<C>> Builder<R, C> builder(Class<R> rows, Class<C> columns) {
        return new Builder<>(rows, columns);
    }

    public BigDecimal get(R row, C column) {
        return cells.get(row).get(column);
    }

    public R[] rows() {
        return rows.getEnumConstants();
    }

    public C[] columns() {
        return columns.getEnumConstants();
    }

    public Builder<R, C> toBuilder() {
        Builder<R, C> b = new Builder<>(rows, columns);
        cells.forEach((r, m) -> m.forEach((c, v) -> b.set(r, c, v)));
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grid<?, ?> g && g.cells.equals(cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    /** Collects the cells; every cell starts at zero. Not thread-safe; use one per table. */
    public static final class Builder<R extends Enum<R>, C extends Enum<C>> {
        private final Class<R> rows;
        private final Class<C> columns;
        private final Map<R, Map<C, BigDecimal>> cells;

        private Builder(Class<R> rows, Class<C> columns) {
            this.rows = rows;
            this.columns = columns;
            this.cells = new EnumMap<>(rows);
            for (R r : rows.getEnumConstants()) {
                Map<C, BigDecimal> m = new EnumMap<>(columns);
                for (C c : columns.getEnumConstants()) {
                    m.put(c, BigDecimal.ZERO);
                }
                cells.put(r, m);
            }
        }

        public Builder<R, C> set(R row, C column, BigDecimal value) {
            cells.get(row).put(column, value);
            return this;
        }

        public Builder<R, C> add(R row, C column, long n) {
            cells.get(row).merge(column, BigDecimal.valueOf(n), BigDecimal::add);
            return this;
        }

        public BigDecimal get(R row, C column) {
            return cells.get(row).get(column);
        }

        public Grid<R, C> build() {
            Map<R, Map<C, BigDecimal>> copy = new EnumMap<>(rows);
            cells.forEach((r, m) -> copy.put(r, java.util.Collections.unmodifiableMap(new EnumMap<>(m))));
            return new Grid<>(rows, columns, java.util.Collections.unmodifiableMap(copy));
        }
    }
}
