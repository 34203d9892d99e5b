package org.gongkai.core.render;

/** A theme that cannot render: a missing template, a syntax error, an unknown variable. */
public final class ThemeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ThemeException(String message, Throwable cause) {
        super(message, cause);
    }
}
