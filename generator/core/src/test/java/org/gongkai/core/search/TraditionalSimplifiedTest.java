package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraditionalSimplifiedTest {

    @Test
    void icuChangesOnlyHanCharactersSoTheBuildNeedNotLookAtOthers() {
        assertThat(TraditionalSimplified.generate(cp -> true)).isEqualTo(TraditionalSimplified.table());
    }

    @Test
    void tableHoldsTheCommonPairs() {
        String table = TraditionalSimplified.table();
        assertThat(table).contains("萬万", "與与", "開开", "區区", "衛卫");
        assertThat(table.codePointCount(0, table.length()) / 2).isGreaterThan(2000);
    }
}
