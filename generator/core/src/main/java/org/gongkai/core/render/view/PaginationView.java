package org.gongkai.core.render.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Page {@code current} of {@code total} (1-based); prev/next are empty strings at the ends. {@code pages} are
 * the numbered links shown: the first and the last page and those within {@link #WINDOW} of the current one, a
 * gap ("…") before a link that does not follow its predecessor. A listing of any length so links a bounded number
 * of pages from each of its pages (all of them would be a square of the listing's length in the portal).
 */
public record PaginationView(int current, int total, String prev, String next, List<PageLink> pages) {
    /** Pages linked on either side of the current one. */
    public static final int WINDOW = 3;

    public record PageLink(int number, String href, boolean current, boolean gapBefore) {
    }

    public PaginationView {
        pages = List.copyOf(pages);
    }

    /** The pagination of page current of total, page n being at href(n). */
    public static PaginationView of(int current, int total, IntFunction<String> href) {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int q = 1; q <= total; q++) {
            if (q == 1 || q == total || Math.abs(q - current) <= WINDOW) {
                links.add(new PageLink(q, href.apply(q), q == current, q > last + 1));
                last = q;
            } else if (q < current - WINDOW) {
                q = current - WINDOW - 1;
            } else {
                q = total - 1;
            }
        }
        return new PaginationView(current, total, current > 1 ? href.apply(current - 1) : "",
                current < total ? href.apply(current + 1) : "", links);
    }
}
