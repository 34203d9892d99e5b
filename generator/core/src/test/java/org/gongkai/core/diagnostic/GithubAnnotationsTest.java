package org.gongkai.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** In GitHub Actions, diagnostics become annotations on the pull request's files. */
class GithubAnnotationsTest {

    @Test
    void errorWithFileLineAndColumn() {
        Diagnostic d = new Diagnostic(Severity.ERROR, Stage.CHECK, "unknown-organ", "items/czj/2026/a.md", 3, 8,
                "unknown organ 'x'", "use one of: czj, jyj");
        assertThat(GithubAnnotations.format(d, "content"))
                .isEqualTo("::error file=content/items/czj/2026/a.md,line=3,col=8,title=unknown-organ::unknown organ 'x' — use one of: czj, jyj");
    }

    @Test
    void warningWithoutPositionAndEscapedText() {
        Diagnostic d = new Diagnostic(Severity.WARNING, Stage.HISTORY, "shallow-clone", "", 0, 0, "100% shallow\nclone", "");
        assertThat(GithubAnnotations.format(d, "content"))
                .isEqualTo("::warning file=,title=shallow-clone::100%25 shallow%0Aclone");
    }
}
