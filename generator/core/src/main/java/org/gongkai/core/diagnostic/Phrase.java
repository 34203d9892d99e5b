package org.gongkai.core.diagnostic;

import java.util.List;

/**
 * A part of a message that is itself translated, chosen by an enum constant (e.g. which kind of personal data was
 * found, why a file is not used) and filled with its own arguments. The catalog key is
 * {@code enum.<Type>.<CONSTANT>}, or {@code enum.<Type>.<CONSTANT>.hint} for the advice that goes with it.
 */
public record Phrase(Enum<?> which, boolean hint, List<Object> args) {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(Enum<?> which, Object... args) {
        return new Phrase(which, false, List.of(args));
    }

    /** The advice that goes with {@code which}: what to do about it. */
    public static Phrase hint(Enum<?> which, Object... args) {
        return new Phrase(which, true, List.of(args));
    }
}
