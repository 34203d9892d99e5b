package org.gongkai.core.content;

import java.nio.file.Path;

/**
 * A file of the content folder that the load stage has vetted: {@code path} is where it is under content/ (as
 * items name it), {@code real} where its bytes are, links resolved, always inside content/. The build reads and
 * copies only through {@code real}, so nothing outside the content folder can reach an output.
 */
public record StoredFile(String path, Path real, long size) {
}
