package org.gongkai.core.content;

import org.gongkai.core.diagnostic.SourcePosition;

/** An attached file: {@code file} is a path relative to the content folder. */
public record Attachment(String file, String title, SourcePosition at) {
}
