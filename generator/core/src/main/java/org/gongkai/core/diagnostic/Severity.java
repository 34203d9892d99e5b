package org.gongkai.core.diagnostic;

/** How bad a diagnostic is: an error stops the build, a warning is reported and the build goes on. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
