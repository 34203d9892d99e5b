package org.gongkai.core.content;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * An old URL of an item that must keep working, as written under {@code aliases}, with where it is written: a
 * problem with one alias of several is reported on its own line.
 */
public record Alias(String url, SourcePosition at) {
}
