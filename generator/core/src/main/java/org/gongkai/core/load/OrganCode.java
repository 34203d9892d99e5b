package org.gongkai.core.load;

import java.util.Optional;

import org.gongkai.core.diagnostic.Phrase;

/**
 * The 统一社会信用代码 of GB 32100-2015: 18 characters over a 31-symbol alphabet, the last a check character.
 */
public final class OrganCode {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private OrganCode() {
    }

    /** What can be wrong with a code; each names its details in the diagnostic message. */
    public enum Problem { LENGTH, CHARACTER, CHECK }

    /** Empty when valid; otherwise what is wrong, with the details an editor needs to act on it. */
    public static Optional<Phrase> problem(String code) {
        if (code.length() != 18) {
            return Optional.of(Phrase.of(Problem.LENGTH, code.length()));
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Phrase.of(Problem.CHARACTER, i + 1, String.valueOf(code.charAt(i))));
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of(Phrase.of(Problem.CHECK, String.valueOf(code.charAt(17)), String.valueOf(expected)));
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}
