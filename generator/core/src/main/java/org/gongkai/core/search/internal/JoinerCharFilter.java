package org.gongkai.core.search.internal;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Drops the punctuation that sits inside a Han word without ending it: between two Han characters, a run of
 * quotation marks, book-title marks, middle dots and horizontal spaces is removed, so that {@code “放管服”改革}
 * analyses as {@code 放管服改革} and {@code 政府 信息} as {@code 政府信息}. Line breaks and every other mark (，。、；：
 * brackets) still end a word. Offsets are corrected back to the original text (a token next to a removed run
 * ends after it), which keeps the bigram filter's adjacency test on corrected offsets true across the run.
 * Mirrored by {@code assets/search/analysis.js} ({@code joiners}); the shared vectors pin both.
 */
final class JoinerCharFilter extends BaseCharFilter {
    /** What may sit inside a Han word: quotation marks, book-title marks, middle dots, horizontal spaces. */
    static final String JOINERS = "\u201C\u201D\u2018\u2019\"'\u300C\u300D\u300E\u300F\uFF02\uFF07\uFE41\uFE42\uFE43\uFE44"
            + "\u300A\u300B\u3008\u3009\u00B7\u30FB\u2027\u2022\uFF65"
            + " \t\u00A0\u3000";

    private String text;
    private int pos;

    JoinerCharFilter(Reader in) {
        super(in);
    }

    static boolean joiner(int cp) {
        return cp < 0x10000 && JOINERS.indexOf(cp) >= 0;
    }

    static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (text == null) {
            text = filter(readAll());
        }
        if (pos >= text.length()) {
            return -1;
        }
        int n = Math.min(len, text.length() - pos);
        text.getChars(pos, pos + n, buf, off);
        pos += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] b = new char[4096];
        for (int n = input.read(b); n >= 0; n = input.read(b)) {
            sb.append(b, 0, n);
        }
        return sb.toString();
    }

    /** The text as the filter passes it on, without the offset corrections. */
    static String strip(String s) {
        return new JoinerCharFilter(new java.io.StringReader("")).filter(s);
    }

    private String filter(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int removed = 0;
        int prev = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (joiner(cp) && prev >= 0 && han(prev)) {
                int j = i;
                while (j < s.length() && joiner(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                if (j < s.length() && han(s.codePointAt(j))) {
                    removed += j - i;
                    addOffCorrectMap(out.length(), removed);
                    i = j;
                    continue;
                }
            }
            out.appendCodePoint(cp);
            prev = cp;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
