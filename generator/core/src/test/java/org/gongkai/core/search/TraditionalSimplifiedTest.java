package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongkai.core.search.internal.LuceneAnalysis;
import org.junit.jupiter.api.Test;

class TraditionalSimplifiedTest {
    static final Path SHIPPED = Path.of("src/main/resources/org/gongkai/core/search", TraditionalSimplified.RESOURCE);

    /**
     * The shipped table is ICU's today. After an ICU upgrade that changes it, regenerate the file with
     * {@code mvn test -Dtest=TraditionalSimplifiedTest -Dgongkai.regenerateTable=true} (in generator/core) and
     * commit it: the build's analysis and the browser's then move together.
     */
    @Test
    void theShippedTableIsWhatIcuGives() throws IOException {
        String icu = TraditionalSimplified.generateFile();
        if (Boolean.getBoolean("gongkai.regenerateTable")) {
            Files.writeString(SHIPPED, icu, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8))
                .as("%s differs from ICU's %s: regenerate it (see this test)", SHIPPED,
                        LuceneAnalysis.TRADITIONAL_SIMPLIFIED)
                .isEqualTo(icu);
    }

    @Test
    void icuChangesOnlyHanCharactersSoTheTableNeedNotHoldOthers() {
        assertThat(TraditionalSimplified.generate(cp -> true)).isEqualTo(TraditionalSimplified.table());
    }

    @Test
    void tableHoldsTheCommonPairsAndTheLookUpAppliesThem() {
        String table = TraditionalSimplified.table();
        assertThat(table).contains("萬万", "與与", "開开", "區区", "衛卫");
        assertThat(table.codePointCount(0, table.length()) / 2).isGreaterThan(2000);
        assertThat(TraditionalSimplified.simplified('萬')).isEqualTo('万');
        assertThat(TraditionalSimplified.simplified('万')).isEqualTo('万');
        assertThat(TraditionalSimplified.simplified('a')).isEqualTo('a');
        int[] cps = table.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i += 2) {
            assertThat(TraditionalSimplified.simplified(cps[i])).as("U+%X", cps[i]).isEqualTo(cps[i + 1]);
        }
    }

    @Test
    void theAnalysisSimplifiesEveryHanCharacterAsIcuDoes() {
        String text = "示例縣財政局關於公佈2026年度政府資訊公開工作年度報告的通知 𠀾 ＡＢＣ";
        StringBuilder icuTokens = new StringBuilder();
        com.ibm.icu.text.Transliterator icu = LuceneAnalysis.traditionalSimplified();
        StringBuilder ours = new StringBuilder();
        for (AnalyzedToken t : LuceneAnalysis.tokens(text, true)) {
            ours.append(t.term()).append(' ');
            icuTokens.append(icu.transliterate(t.term())).append(' ');
        }
        assertThat(ours.toString()).isEqualTo(icuTokens.toString()).contains("报告", "资讯", "县");
    }
}
