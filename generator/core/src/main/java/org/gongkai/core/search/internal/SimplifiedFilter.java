package org.gongkai.core.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.gongkai.core.search.TraditionalSimplified;

/**
 * Traditional→Simplified, one code point at a time, from the table the browser engine loads too (generated from
 * ICU's transliterator, which TraditionalSimplifiedTest checks it equals). Running ICU itself per token took a
 * seventh of a build's time; a table look-up gives the same terms, since every Han character is a token of its own
 * here and ICU maps each on its own.
 */
final class SimplifiedFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SimplifiedFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        int len = term.length();
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (Character.isSurrogate(c)) {
                rewrite(); // rare: a character outside the BMP, whose replacement may differ in length
                return true;
            }
            buf[i] = TraditionalSimplified.simplified(c);
        }
        return true;
    }

    private void rewrite() {
        String s = term.toString();
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(TraditionalSimplified.simplified(cp)));
        term.setEmpty().append(out);
    }
}
