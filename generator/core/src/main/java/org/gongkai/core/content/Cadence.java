package org.gongkai.core.content;

import java.util.Optional;

/** How often a category must receive an item (栏目更新频率). */
public enum Cadence {
    PERMANENT, ANNUAL, QUARTERLY, MONTHLY, ON_CHANGE;

    /**
     * Calendar days without a new public item after which a category of this cadence is blank (栏目空白): the period
     * and a grace for the publication deadline. Empty for cadences that are not judged.
     */
    public Optional<Integer> blankAfterDays() {
        return switch (this) {
            case MONTHLY -> Optional.of(31 + 14);
            case QUARTERLY -> Optional.of(92 + 14);
            case ANNUAL -> Optional.of(366 + 31);
            default -> Optional.empty();
        };
    }
}
