package org.gongkai.core.content;

import org.gongkai.core.diagnostic.SourcePosition;

/** An attached file: {@code file} is a path relative to the content folder, as the item writes it. */
public record Attachment(String file, String title, SourcePosition at) {

    /** The path under content/, normalised ("/attachments/./a.pdf" → "attachments/a.pdf"); also its portal path. */
    public String path() {
        String f = file.startsWith("/") ? file.substring(1) : file;
        return java.nio.file.Path.of(f).normalize().toString().replace('\\', '/');
    }
}
