package org.gongkai.core.load;

import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front-matter (between a first line {@code ---} and the next {@code ---} or
 * {@code ...} line) and its body, remembering on which line each starts.
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /** Why a file has no usable front-matter. */
    enum Problem { MISSING, UNTERMINATED }

    record Split(Optional<FrontMatter> frontMatter, Problem problem) {
    }

    static Split split(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n");
        if (!(s.startsWith("---\n") || s.equals("---"))) {
            return new Split(Optional.empty(), Problem.MISSING);
        }
        int pos = 4;
        int line = 2;
        while (pos <= s.length()) {
            int end = s.indexOf('\n', pos);
            String current = end < 0 ? s.substring(pos) : s.substring(pos, end);
            if (current.stripTrailing().equals("---") || current.stripTrailing().equals("...")) {
                String yaml = s.substring(4, pos);
                String body = end < 0 ? "" : s.substring(end + 1);
                return new Split(Optional.of(new FrontMatter(yaml, 2, body, line + 1)), null);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        return new Split(Optional.empty(), Problem.UNTERMINATED);
    }
}
