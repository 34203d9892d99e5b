package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.gongkai.core.FixtureSite;
import org.junit.jupiter.api.Test;

/** The theme's scripts lose whole-line comments and indentation, and nothing else. */
class ThemeScriptsTest {
    @Test
    void dropsCommentLinesBlankLinesAndIndentation() {
        String script = """
                'use strict';
                /**
                 * A doc comment.
                 */
                function f(a) {
                  // a line comment
                  var url = 'http://example.org/*x*/'; // kept: code on the line
                  /* one line */

                  return a / 2; /* kept too */
                }
                """;
        assertThat(ThemeScripts.compact(script)).isEqualTo("""
                'use strict';
                function f(a) {
                var url = 'http://example.org/*x*/'; // kept: code on the line
                return a / 2; /* kept too */
                }
                """);
    }

    @Test
    void aBacktickInACommentLineIsNoTemplate() {
        assertThat(ThemeScripts.compact("  /** Reads `n` digits. */\n  var n = 1;\n")).isEqualTo("var n = 1;\n");
    }

    @Test
    void leavesScriptsAsTheyAreWhereLinesCannotBeReadAlone() {
        String template = "var s = `line one\n  // not a comment\n`;\n";
        String continued = "var s = 'one \\\n  // not a comment';\n";
        String codeAfterClose = "/* a comment\n   ends here */ var x = 1;\n";
        String unclosed = "var x = 1;\n/* never closed\n";
        for (String s : new String[] {template, continued, codeAfterClose, unclosed}) {
            assertThat(ThemeScripts.compact(s)).isEqualTo(s);
        }
    }

    @Test
    void theShippedSearchScriptsGetSmaller() throws IOException {
        Path dir = FixtureSite.theme().resolve("assets/search");
        long before = 0, after = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".js")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String compact = ThemeScripts.compact(text);
                assertThat(compact).as(p.toString()).isNotEqualTo(text);
                before += text.length();
                after += compact.length();
            }
        }
        assertThat(after).isLessThan(before * 85 / 100);
    }
}
