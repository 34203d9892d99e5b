package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A document's tier terms are collected without building each occurrence: they must be what the plain definition
 * gives (every trigram and skip pair of every run, each once, in the order the texts have them), also for
 * characters outside the BMP and for texts that repeat themselves.
 */
class TierTermsTest {
    private static final String CHARS = "公开政府信息年度报告财政预算决算乡村振兴𠀀𠀁𪚥、“”《》 ab12";

    @Test
    void theSameTermsInTheSameOrderAsTheDefinition() {
        Random random = new Random(20261203L);
        int[] pool = CHARS.codePoints().toArray();
        for (int doc = 0; doc < 300; doc++) {
            List<String> texts = new ArrayList<>();
            for (int f = 0; f < 3; f++) {
                StringBuilder sb = new StringBuilder();
                int n = random.nextInt(f == 2 ? 400 : 30);
                for (int i = 0; i < n; i++) {
                    sb.appendCodePoint(pool[random.nextInt(doc % 2 == 0 ? 8 : pool.length)]);
                }
                texts.add(sb.toString());
            }
            Set<String> trigrams = new LinkedHashSet<>(), skips = new LinkedHashSet<>();
            Analysis.TierTerms tiers = new Analysis.TierTerms();
            for (String t : texts) {
                List<List<String>> runs = Analysis.runs(t);
                trigrams.addAll(Analysis.trigrams(runs));
                skips.addAll(Analysis.skips(runs));
                tiers.add(runs);
            }
            assertThat(tiers.trigrams()).as("%s", texts).containsExactlyElementsOf(trigrams);
            assertThat(tiers.skips()).as("%s", texts).containsExactlyElementsOf(skips);
        }
    }

    @Test
    void aSupplementaryCharacterIsOneCharacterOfARun() {
        Analysis.TierTerms tiers = new Analysis.TierTerms();
        tiers.add(Analysis.runs("𠀀公开𠀀公开"));
        assertThat(tiers.trigrams()).containsExactly("𠀀公开", "公开𠀀", "开𠀀公");
        assertThat(tiers.skips()).containsExactly("𠀀开", "𠀀𠀀", "公𠀀", "公公", "开公", "开开");
    }
}
