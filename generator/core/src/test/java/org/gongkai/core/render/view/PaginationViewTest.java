package org.gongkai.core.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A listing's page links: the ends and a window around the current page, gaps marked. */
class PaginationViewTest {
    private static String shown(PaginationView v) {
        StringBuilder sb = new StringBuilder();
        for (PaginationView.PageLink l : v.pages()) {
            sb.append(l.gapBefore() ? " …" : "").append(' ').append(l.current() ? "[" + l.number() + "]" : l.number());
        }
        return sb.toString().trim();
    }

    private static PaginationView of(int current, int total) {
        return PaginationView.of(current, total, n -> "catalog/x/page/" + n + "/");
    }

    @Test
    void aShortListingLinksEveryPage() {
        assertThat(shown(of(1, 1))).isEqualTo("[1]");
        assertThat(shown(of(3, 7))).isEqualTo("1 2 [3] 4 5 6 7");
        assertThat(shown(of(4, 8))).isEqualTo("1 2 3 [4] 5 6 7 8");
    }

    @Test
    void aLongListingLinksTheEndsAndAWindow() {
        assertThat(shown(of(1, 500))).isEqualTo("[1] 2 3 4 … 500");
        assertThat(shown(of(250, 500))).isEqualTo("1 … 247 248 249 [250] 251 252 253 … 500");
        assertThat(shown(of(500, 500))).isEqualTo("1 … 497 498 499 [500]");
        assertThat(shown(of(5, 500))).isEqualTo("1 2 3 4 [5] 6 7 8 … 500");
        assertThat(of(250, 500).pages()).hasSize(9);
    }

    @Test
    void prevNextAndHrefs() {
        PaginationView v = of(2, 3);
        assertThat(v.prev()).isEqualTo("catalog/x/page/1/");
        assertThat(v.next()).isEqualTo("catalog/x/page/3/");
        assertThat(v.pages().stream().map(PaginationView.PageLink::href).toList())
                .isEqualTo(List.of("catalog/x/page/1/", "catalog/x/page/2/", "catalog/x/page/3/"));
        assertThat(of(1, 3).prev()).isEmpty();
        assertThat(of(3, 3).next()).isEmpty();
    }
}
