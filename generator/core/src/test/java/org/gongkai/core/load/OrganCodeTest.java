package org.gongkai.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganCodeTest {

    @Test
    void acceptsCodesWithTheRightCheckCharacter() {
        // The worked example of GB 32100-2015 appendix: 91350100M000100Y4 → check character 3.
        assertThat(OrganCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(OrganCode.problem("91350100M000100Y43")).isEmpty();
    }

    @Test
    void rejectsAnyChangedCharacter() {
        String valid = "11539901MB0000001" + OrganCode.checkCharacter("11539901MB0000001");
        assertThat(OrganCode.problem(valid)).isEmpty();
        for (int i = 0; i < 17; i++) {
            char c = valid.charAt(i) == '1' ? '2' : '1';
            String changed = valid.substring(0, i) + c + valid.substring(i + 1);
            assertThat(OrganCode.problem(changed)).as(changed).get().extracting(org.gongkai.core.diagnostic.Phrase::which)
                    .isEqualTo(OrganCode.Problem.CHECK);
        }
    }

    @Test
    void explainsLengthAndForbiddenLetters() {
        assertThat(OrganCode.problem("1153990")).contains(org.gongkai.core.diagnostic.Phrase.of(OrganCode.Problem.LENGTH, 7));
        assertThat(OrganCode.problem("11539901MB000000IZ"))
                .contains(org.gongkai.core.diagnostic.Phrase.of(OrganCode.Problem.CHARACTER, 17, "I"));
    }
}
