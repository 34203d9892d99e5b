package org.gongkai.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing a portal version: every file and folder goes, what a link points to stays. */
class FoldersTest {
    @TempDir
    Path tmp;

    interface Deletion {
        void delete(Path root) throws IOException;
    }

    @Test
    void removesATreeOfManyFilesAndFoldersButNotWhatItsLinksPointTo() throws IOException {
        removesTheTree(Folders::delete, "one");
        removesTheTree(Folders::deleteInParallel, "four");
    }

    private void removesTheTree(Deletion deletion, String name) throws IOException {
        Path root = tmp.resolve("version-" + name);
        // More files than one thread's batch, in one folder (as search/d/) and spread over nested ones (as pages).
        Path flat = Files.createDirectories(root.resolve("site/search/d"));
        for (int i = 0; i < 1_000; i++) {
            Files.writeString(flat.resolve(i + ".js"), "gongkai._data(" + i + ");");
        }
        for (int a = 0; a < 7; a++) {
            for (int b = 0; b < 5; b++) {
                Path dir = Files.createDirectories(root.resolve("site/catalog/c" + a + "/p" + b));
                for (int i = 0; i < 30; i++) {
                    Files.writeString(dir.resolve(i + ".html"), "<p>" + i);
                }
            }
        }
        Files.createDirectories(root.resolve("site/empty/inner"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "not part of the portal"); // both deletions share this folder
        Files.createSymbolicLink(root.resolve("site/link-to-outside"), outside);
        Files.createSymbolicLink(root.resolve("dangling"), tmp.resolve("nowhere"));

        deletion.delete(root);

        assertFalse(Files.exists(root, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isRegularFile(outside.resolve("keep.txt")), "a link is removed, not followed");
        try (var left = Files.list(tmp)) {
            assertEquals(1, left.count(), "only the folder outside is left");
        }
    }

    @Test
    void aMissingFolderIsNothingToDo() throws IOException {
        Folders.delete(tmp.resolve("never-made"));
        Folders.deleteInParallel(tmp.resolve("never-made"));
        assertTrue(Files.isDirectory(tmp));
    }

    @Test
    void aLinkGivenAsTheFolderIsRemovedItself() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("target"));
        Files.writeString(target.resolve("page.html"), "<p>");
        for (Deletion deletion : List.<Deletion>of(Folders::delete, Folders::deleteInParallel)) {
            Path link = Files.createSymbolicLink(tmp.resolve("portal"), target);

            deletion.delete(link);

            assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
            assertTrue(Files.isRegularFile(target.resolve("page.html")));
        }
    }
}
