package org.gongkai.core.load;

import java.text.Normalizer;
import java.util.OptionalInt;

/**
 * Identifiers that look the same but are not: an 索引号 with a zero-width space inside, a byte order mark in front,
 * full-width digits. Editors paste them from web pages, Word and WeChat, and a look-alike passes a uniqueness check
 * and publishes a second item under "the same" number. Identifiers are compared in their normal form (NFKC,
 * without format characters), and invisible characters in them are errors.
 */
public final class LookAlikes {
    private LookAlikes() {
    }

    /** The form identifiers are compared in: NFKC (full-width → half-width), format characters removed, stripped. */
    public static String normalized(String s) {
        if (printableAscii(s)) {
            return s.strip(); // NFKC leaves printable ASCII as it is, and none of it is invisible
        }
        StringBuilder sb = new StringBuilder(s.length());
        Normalizer.normalize(s, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !invisible(c)).forEach(sb::appendCodePoint);
        return sb.toString().strip();
    }

    /** Only characters from space to '~': most 索引号 and paths, compared many times a build. */
    public static boolean printableAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index (in chars) of the first character that must not be in an identifier: an invisible one, and with
     * {@code fullWidth} also a full-width letter, digit or sign (Ａ, １, －), which NFKC would turn into another.
     */
    static OptionalInt suspicious(String s, boolean fullWidth) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (invisible(c) || (fullWidth && c >= 0xFF01 && c <= 0xFF5E)) {
                return OptionalInt.of(i);
            }
            i += Character.charCount(c);
        }
        return OptionalInt.empty();
    }

    static boolean invisible(int c) {
        return switch (Character.getType(c)) {
            case Character.FORMAT, Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            case Character.SPACE_SEPARATOR -> c != ' ';
            // Letters that render as nothing (Hangul fillers, the blank Braille pattern).
            default -> c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
        };
    }
}
