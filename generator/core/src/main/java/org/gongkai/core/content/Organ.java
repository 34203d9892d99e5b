package org.gongkai.core.content;

import org.gongkai.core.diagnostic.SourcePosition;

/** A publishing body (发布机构) with its 统一社会信用代码; {@code parent} is an organ id or empty. */
public record Organ(String id, String name, String code, OrganType type, String parent, SourcePosition at) {
}
