package org.gongkai.core.diagnostic;

import java.util.List;

/**
 * A part of a message that is itself translated, chosen by an enum constant (e.g. which kind of personal data was
 * found) and filled with its own arguments. The catalog key is {@code enum.<Type>.<CONSTANT>}.
 */
public record Phrase(Enum<?> which, List<Object> args) {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(Enum<?> which, Object... args) {
        return new Phrase(which, List.of(args));
    }
}
