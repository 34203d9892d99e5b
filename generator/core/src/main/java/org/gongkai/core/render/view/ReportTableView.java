package org.gongkai.core.render.view;

import java.util.List;

/**
 * One table of an annual report laid out as the format draws it: header rows, then groups of body rows (each a
 * {@code tbody}), every cell with its spans. {@code columnGroups} are the spans of the table's colgroups.
 */
public record ReportTableView(String id, String caption, List<Integer> columnGroups, List<Row> head,
                              List<List<Row>> bodies) {

    public record Row(List<Cell> cells) {
    }

    /**
     * A heading ({@code header}: th, with its {@code scope} and {@code id}) or a number (td, with {@code headers}
     * naming the ids of every heading over it, and {@code cell} its address, e.g. applications/new/natural-person).
     * {@code kind} is a class for the stylesheet (num, note, group …) or empty.
     */
    public record Cell(boolean header, String text, int colspan, int rowspan, String scope, String id,
                       String headers, String cell, String kind) {
    }
}
