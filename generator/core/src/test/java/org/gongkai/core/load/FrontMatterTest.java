package org.gongkai.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsYamlAndBodyWithTheirLines() {
        FrontMatter.Split s = FrontMatter.split("\uFEFF---\r\ntitle: 通知\r\norgan: gov\r\n---\r\n正文第一行\r\n");
        assertThat(s.frontMatter()).get().satisfies(fm -> {
            assertThat(fm.yaml()).isEqualTo("title: 通知\norgan: gov\n");
            assertThat(fm.yamlLine()).isEqualTo(2);
            assertThat(fm.body()).isEqualTo("正文第一行\n");
            assertThat(fm.bodyLine()).isEqualTo(5);
        });
    }

    @Test
    void toleratesDotsAsClosingAndAnEmptyBody() {
        assertThat(FrontMatter.split("---\ntitle: x\n...").frontMatter()).get()
                .satisfies(fm -> assertThat(fm.body()).isEmpty());
    }

    @Test
    void reportsMissingAndUnterminated() {
        assertThat(FrontMatter.split("# 标题\n").problem()).isEqualTo(FrontMatter.Problem.MISSING);
        assertThat(FrontMatter.split("---\ntitle: x\n正文\n").problem()).isEqualTo(FrontMatter.Problem.UNTERMINATED);
    }
}
