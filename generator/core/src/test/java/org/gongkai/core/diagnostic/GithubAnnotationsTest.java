package org.gongkai.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** In GitHub Actions, diagnostics become annotations on the pull request's files, in the chosen language. */
class GithubAnnotationsTest {

    @Test
    void errorWithFileLineAndColumn() {
        Diagnostic d = new Diagnostic(Code.UNKNOWN_ORGAN, "items/czj/2026/a.md", 3, 8, List.of("x", "czj, jyj"));
        assertThat(GithubAnnotations.format(d, "content", DiagnosticLanguage.EN))
                .isEqualTo("::error file=content/items/czj/2026/a.md,line=3,col=8,title=unknown-organ::unknown organ 'x' — use one of the organ ids in site.yaml: czj, jyj");
        assertThat(GithubAnnotations.format(d, "content", DiagnosticLanguage.ZH_HANS))
                .isEqualTo("::error file=content/items/czj/2026/a.md,line=3,col=8,title=unknown-organ::未知的发布机构“x” — 使用 site.yaml 中定义的机构 id：czj, jyj");
    }

    @Test
    void warningWithoutPositionAndEscapedText() {
        Diagnostic d = new Diagnostic(Code.GIT_UNREADABLE, "", 0, 0, List.of("100% broken\npack"));
        assertThat(GithubAnnotations.format(d, "content", DiagnosticLanguage.EN))
                .startsWith("::warning file=,title=git-unreadable::cannot read the git history: 100%25 broken%0Apack — ");
    }
}
