package org.gongkai.core.diagnostic;

import java.util.Locale;

/** The pipeline stage that found a problem; every diagnostic names one. */
public enum Stage {
    LOAD,
    CHECK,
    HISTORY,
    MODEL,
    RENDER,
    SEARCH,
    WRITE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
