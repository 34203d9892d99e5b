package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.write.WriteListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What escapes a stage by surprise (a bug, a theme that recurses without end) comes back as one internal-error
 * diagnostic, never as an exception or a stack trace, and the live portal stays as it was.
 */
class EngineNeverThrowsTest {
    @TempDir
    Path tmp;
    FixtureSite site;
    SortedMap<String, String> previous;
    List<String> beside;

    @BeforeEach
    void aLivePortal() {
        site = FixtureSite.in(tmp.resolve("site"));
        site.item("gov/2026/notice.md", """
                title: 关于开展专项检查的通知
                organ: gov
                category: regulation
                written: 2026-04-01
                published: 2026-04-02
                """, "通知。\n");
        assertThat(site.build().written()).isTrue();
        previous = FixtureSite.digests(site.output());
        beside = site.besideOutput();
    }

    @Test
    void aRuntimeExceptionWhileWritingIsAnInternalError() {
        WriteListener bug = step -> {
            throw new IllegalStateException("two outputs on one path: simulated");
        };
        BuildResult[] result = new BuildResult[1];

        assertThatCode(() -> result[0] = site.engine().writeListener(bug).build().build()).doesNotThrowAnyException();

        assertThat(internalErrors(result[0])).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("two outputs on one path: simulated").contains("org.gongkai.");
            assertThat(d.hint()).isNotBlank();
        });
        assertThat(result[0].written()).isFalse();
        assertThat(FixtureSite.digests(site.output())).isEqualTo(previous);
    }

    @Test
    void aThemeThatRecursesWithoutEndIsAnInternalError() throws IOException {
        Path theme = FixtureSite.copyOfTheme(tmp.resolve("theme"));
        Path home = theme.resolve("templates/home.peb");
        Files.writeString(home, Files.readString(home).replace("{% block content %}",
                "{% block content %}{% macro again(n) %}{{ again(n) }}{% endmacro %}{{ again(1) }}"));
        BuildResult[] result = new BuildResult[1];

        assertThatCode(() -> result[0] = site.engine().themeDir(theme).build().build()).doesNotThrowAnyException();

        assertThat(internalErrors(result[0])).as("%s", result[0].diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("StackOverflowError"));
        assertThat(result[0].written()).isFalse();
        assertThat(FixtureSite.digests(site.output())).isEqualTo(previous);
        // The search stage was writing its index into the failed version's folder meanwhile: the build waited for
        // it before dropping that folder, and nothing of it is left beside the portal.
        assertThat(site.besideOutput()).isEqualTo(beside);
    }

    private static List<Diagnostic> internalErrors(BuildResult r) {
        return r.diagnostics().stream().filter(d -> d.code() == Code.INTERNAL_ERROR).toList();
    }
}
