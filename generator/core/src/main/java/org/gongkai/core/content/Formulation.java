package org.gongkai.core.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A 严重表述错误 to look for in public items: a wrong form with its right form, why it is wrong and the text that
 * fixes the right form ({@code source}); or ({@code order} not empty) a fixed formulation whose parts must come in
 * this order. {@code since}: only items written on or after this day are held to it (a body renamed that day).
 */
public record Formulation(String wrong, String right, String reason, String source, Optional<LocalDate> since,
                          List<String> order) {

    public Formulation {
        order = List.copyOf(order);
    }

    public boolean isOrder() {
        return !order.isEmpty();
    }
}
