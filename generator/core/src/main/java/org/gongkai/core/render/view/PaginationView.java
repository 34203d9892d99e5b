package org.gongkai.core.render.view;

import java.util.List;

/** Page {@code current} of {@code total} (1-based); prev/next are empty strings at the ends. */
public record PaginationView(int current, int total, String prev, String next, List<PageLink> pages) {

    public record PageLink(int number, String href, boolean current) {
    }
}
