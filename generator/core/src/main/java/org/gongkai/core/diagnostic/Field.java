package org.gongkai.core.diagnostic;

/**
 * A front-matter or configuration key named in a message, e.g. {@code written}: Chinese messages show it with its
 * label as the regulations name it (成文日期（written）), English ones as the key alone.
 */
public record Field(String key) {
}
