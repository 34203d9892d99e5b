package org.gongkai.core.content;

import org.gongkai.core.diagnostic.SourcePosition;

/** A reference to another item, by its 索引号 or by its path under content/, as written. */
public record ItemRef(String target, SourcePosition at) {
}
