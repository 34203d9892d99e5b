package org.gongkai.core.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.content.ProactiveLine;

/**
 * The address of each cell of the three tables, as files write it: {@code proactive/normative-documents/made},
 * {@code applications/new/natural-person}, {@code appeals/review/upheld}. The same addresses name cells in
 * figures written by hand, in the frozen copy of a published report, in the JSON and CSV and in diagnostics.
 */
public final class Cells {
    public static final String PROACTIVE = "proactive";
    public static final String APPLICATIONS = "applications";
    public static final String APPEALS = "appeals";

    private static final Map<String, Object[]> BY_ADDRESS = index();

    private Cells() {
    }

    public static String keyword(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String of(ProactiveLine row, ProactiveColumn column) {
        return PROACTIVE + "/" + keyword(row) + "/" + keyword(column);
    }

    public static String of(ApplicationRow row, ApplicationColumn column) {
        return APPLICATIONS + "/" + keyword(row) + "/" + keyword(column);
    }

    public static String of(AppealRow row, AppealColumn column) {
        return APPEALS + "/" + keyword(row) + "/" + keyword(column);
    }

    /** The row and column an address names, or empty for an address that is no cell. */
    public static Optional<Object[]> parse(String address) {
        return Optional.ofNullable(BY_ADDRESS.get(address)).map(Object[]::clone);
    }

    /** Table 二's cells that exist in the format: documents have three columns, the other lines one. */
    public static boolean exists(ProactiveLine row, ProactiveColumn column) {
        if (row.isDocuments()) {
            return column == ProactiveColumn.MADE || column == ProactiveColumn.REPEALED || column == ProactiveColumn.VALID;
        }
        return column == (row == ProactiveLine.FEES ? ProactiveColumn.AMOUNT : ProactiveColumn.DECISIONS);
    }

    private static Map<String, Object[]> index() {
        Map<String, Object[]> m = new LinkedHashMap<>();
        for (ProactiveLine r : ProactiveLine.values()) {
            for (ProactiveColumn c : ProactiveColumn.values()) {
                if (exists(r, c)) {
                    m.put(of(r, c), new Object[] {r, c});
                }
            }
        }
        for (ApplicationRow r : ApplicationRow.values()) {
            for (ApplicationColumn c : ApplicationColumn.values()) {
                m.put(of(r, c), new Object[] {r, c});
            }
        }
        for (AppealRow r : AppealRow.values()) {
            for (AppealColumn c : AppealColumn.values()) {
                m.put(of(r, c), new Object[] {r, c});
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
