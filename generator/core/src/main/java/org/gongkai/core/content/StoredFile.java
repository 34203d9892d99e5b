package org.gongkai.core.content;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A file of the content folder that the load stage has vetted: {@code path} is where it is under content/ (as
 * items name it), {@code real} where its bytes are, links resolved, always inside content/. The build reads and
 * copies only through {@code real}, so nothing outside the content folder can reach an output. {@code modified}
 * and {@code fileKey} (the inode, where the file system has one; else null) are as the walk found them: the preview
 * reuses a parsed file while they and the size stay the same, without asking the file system again.
 */
public record StoredFile(String path, Path real, long size, FileTime modified, Object fileKey) {
}
