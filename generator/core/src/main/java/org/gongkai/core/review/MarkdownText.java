package org.gongkai.core.review;

/**
 * Puts text from a pull request into the review summary's Markdown so that it renders as that text and as nothing
 * else. The summary is what approvers trust before merging, and titles, reasons, keywords, paths, metadata and
 * diagnostic messages all come from the content under review: no value may start a block (heading, list, quote,
 * table row, HTML block, code fence) or an inline (emphasis, code span, link, image, raw HTML), nor mention a
 * GitHub user or team. Only the Markdown is escaped; review.json keeps the values as they are.
 */
final class MarkdownText {
    /** Every character CommonMark lets a backslash escape; escaped, none of them means anything. */
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /**
     * Invisible. GitHub turns {@code @name}, {@code #12}, {@code http://…}, {@code www.…} and {@code a@b.cn} into
     * mentions and links in the rendered text, after the Markdown is parsed, so backslashes do not stop it; a word
     * joiner inside the sequence does.
     */
    private static final char WORD_JOINER = '\u2060';

    private MarkdownText() {
    }

    /**
     * {@code s} as one line of literal text for a paragraph, heading, list item or table cell: line breaks and
     * other control characters become spaces, leading and trailing whitespace goes (it could indent a code block),
     * '&', '<' and '>' become entity references (safe in Markdown and in HTML), every other ASCII punctuation
     * character is backslash-escaped ('|' included, which keeps a table cell in its cell), and invisible format characters
     * (bidi controls, zero-width spaces) are spelt out as ⟨U+202E⟩.
     */
    static String escape(String s) {
        String line = flatten(s);
        StringBuilder sb = new StringBuilder(line.length() * 2);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (c == '.' && i >= 3 && line.regionMatches(true, i - 3, "www", 0, 3)) {
                        sb.append(WORD_JOINER);
                    }
                    if (ASCII_PUNCTUATION.indexOf(c) >= 0) {
                        sb.append('\\');
                    }
                    sb.append(c);
                    if (c == '@' || c == '#' || (c == ':' && i + 1 < line.length() && line.charAt(i + 1) == '/')) {
                        sb.append(WORD_JOINER);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String flatten(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean breaks = Character.isISOControl(c) || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (type == Character.FORMAT) {
                // Invisible format characters (bidi overrides that reorder a line, zero-width spaces inside a look-alike
                // 索引号) are shown by name: the approver must see that they are there.
                sb.append(String.format(java.util.Locale.ROOT, "⟨U+%04X⟩", (int) c));
                continue;
            }
            sb.append(breaks ? ' ' : c);
        }
        return sb.toString().strip();
    }

    /**
     * The opening and closing fence for a code block holding {@code text} verbatim. CommonMark closes a fenced block
     * only with a run of the same character at least as long as the opening one, so a backtick run longer than any
     * in the text cannot be closed from inside it (and tildes never close a backtick fence).
     */
    static String fence(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
