package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.gongkai.core.content.Organ;
import org.gongkai.core.content.OrganType;
import org.gongkai.core.diagnostic.SourcePosition;
import org.junit.jupiter.api.Test;

class IndexPatternTest {
    private final Organ fin = new Organ("fin", "财政局", "11539901MB00000028", OrganType.DEPARTMENT, "", SourcePosition.site());

    @Test
    void formatsAndMatchesTheDefaultPattern() {
        String pattern = "{organ.code}/{year}-{seq:5}";
        assertThat(IndexPattern.format(pattern, fin, 2026, 12)).isEqualTo("11539901MB00000028/2026-00012");
        Pattern p = IndexPattern.compile(pattern);
        assertThat(IndexPattern.matches(p, "11539901MB00000028/2026-00012", fin)).isTrue();
        assertThat(IndexPattern.matches(p, "11539901MB00000028/2026-12", fin)).isFalse();
        assertThat(IndexPattern.matches(p, "11539901MB00000019/2026-00012", fin)).as("another organ's code").isFalse();
    }

    @Test
    void supportsOrganIdsAndOtherSeparators() {
        String pattern = "SL-{organ.id}-{year}.{seq:3}";
        assertThat(IndexPattern.format(pattern, fin, 2025, 7)).isEqualTo("SL-fin-2025.007");
        assertThat(IndexPattern.matches(IndexPattern.compile(pattern), "SL-fin-2025.007", fin)).isTrue();
    }
}
