package org.gongkai.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write stage on its own: the steps of a commit, the fallback without symlinks, repairs, failure messages. */
class OutputTreeTest {

    @Test
    void aCommitPassesItsStepsInOrder(@TempDir Path tmp) throws Exception {
        List<WriteListener.Step> steps = new ArrayList<>();
        commit(tmp, "one", steps::add, Optional.empty());
        assertThat(steps).containsExactly(WriteListener.Step.values());
        assertThat(tmp.resolve("portal")).isSymbolicLink();
        assertThat(Files.readSymbolicLink(tmp.resolve("portal"))).isEqualTo(Path.of(".portal.current", "site"));
        assertThat(Files.readSymbolicLink(tmp.resolve("portal-search-index")))
                .isEqualTo(Path.of(".portal.current", "search-index"));
        assertThat(Files.readSymbolicLink(tmp.resolve(".portal.current")).toString()).matches("\\.portal\\.v-[0-9a-z]+");
    }

    @Test
    void withoutSymlinksTheOutputIsAFolderReplacedByTwoRenames(@TempDir Path tmp) throws Exception {
        List<WriteListener.Step> steps = new ArrayList<>();
        commit(tmp, "one", steps::add, Optional.of(false));
        commit(tmp, "two", s -> { }, Optional.of(false));

        assertThat(steps).containsExactly(WriteListener.Step.STAGED, WriteListener.Step.SWAPPED, WriteListener.Step.CLEANED);
        assertThat(tmp.resolve("portal")).isDirectory();
        assertThat(Files.isSymbolicLink(tmp.resolve("portal"))).isFalse();
        assertThat(tmp.resolve("portal/index.html")).hasContent("two");
        assertThat(tmp.resolve("portal-search-index/segments_1")).hasContent("index two");
        assertThat(names(tmp)).containsExactlyInAnyOrder("portal", "portal-search-index", ".portal.lock");
    }

    @Test
    void withoutSymlinksAKillBetweenTheTwoRenamesIsRepaired(@TempDir Path tmp) throws Exception {
        // What a kill between the renames leaves: no portal, the previous one moved aside.
        Files.createDirectories(tmp.resolve(".portal.old-42"));
        Files.writeString(tmp.resolve(".portal.old-42/index.html"), "previous");

        try (OutputTree out = OutputTree.open(tmp.resolve("portal"), tmp.resolve("portal-search-index"),
                WriteListener.none(), Optional.of(false))) {
            assertThat(tmp.resolve("portal/index.html")).hasContent("previous");
            out.write("index.html", "never committed");
        }
        assertThat(tmp.resolve("portal/index.html")).hasContent("previous");
        assertThat(names(tmp)).containsExactlyInAnyOrder("portal", ".portal.lock");
    }

    @Test
    void aKillBetweenTheRenamesOfAnEarlierVersionIsRepairedAndTheFolderTakenOver(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve(".portal.old-42"));
        Files.writeString(tmp.resolve(".portal.old-42/index.html"), "previous");

        try (OutputTree out = OutputTree.open(tmp.resolve("portal"), tmp.resolve("portal-search-index"),
                WriteListener.none())) {
            out.write("index.html", "never committed");
        }
        assertThat(tmp.resolve("portal")).isSymbolicLink();
        assertThat(tmp.resolve("portal/index.html")).hasContent("previous");
        assertThat(names(tmp)).hasSize(5).contains("portal", "portal-search-index", ".portal.current", ".portal.lock");
    }

    @Test
    void aKillAfterThePortalFolderWasMovedIntoAVersionIsRepaired(@TempDir Path tmp) throws Exception {
        // The moment a folder cannot be replaced by a link in one step: moved into the live version, not linked yet.
        Files.createDirectories(tmp.resolve(".portal.v-abc/site"));
        Files.writeString(tmp.resolve(".portal.v-abc/site/index.html"), "previous");
        Files.createSymbolicLink(tmp.resolve(".portal.current"), Path.of(".portal.v-abc"));

        try (OutputTree out = OutputTree.open(tmp.resolve("portal"), tmp.resolve("portal-search-index"),
                WriteListener.none())) {
            assertThat(tmp.resolve("portal/index.html")).hasContent("previous");
        }
        assertThat(tmp.resolve("portal/index.html")).hasContent("previous");
    }

    @Test
    void aFileOfTheUsersAtTheOutputPathIsRefusedAndKept(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("portal"), "the office's file");
        assertThatThrownBy(() -> OutputTree.open(tmp.resolve("portal"), tmp.resolve("portal-search-index"),
                WriteListener.none())).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("neither a folder nor a link");
        assertThat(tmp.resolve("portal")).hasContent("the office's file");
    }

    @Test
    void aFailureSaysTheFileAndTheSystemsReason() {
        WriteFailure full = WriteFailure.of(new UncheckedIOException("cannot write a.html",
                new FileSystemException("/out/.portal.v-1/site/a.html", null, "No space left on device")));
        assertThat(full.file()).contains("/out/.portal.v-1/site/a.html");
        assertThat(full.reason()).isEqualTo("No space left on device");
        assertThat(full.kind()).isEqualTo(WriteFailure.Kind.NO_SPACE);

        WriteFailure large = WriteFailure.of(new UncheckedIOException("cannot write a.html",
                WriteFailure.naming(Path.of("/out/a.html"), new java.io.IOException("File too large"))));
        assertThat(large.file()).contains("/out/a.html");
        assertThat(large.kind()).isEqualTo(WriteFailure.Kind.FILE_TOO_LARGE);

        WriteFailure denied = WriteFailure.of(new AccessDeniedException("/out"));
        assertThat(denied.reason()).isEqualTo("Permission denied");
        assertThat(denied.kind()).isEqualTo(WriteFailure.Kind.OTHER);
    }

    private static void commit(Path dir, String text, WriteListener listener, Optional<Boolean> symlinks) throws Exception {
        try (OutputTree out = OutputTree.open(dir.resolve("portal"), dir.resolve("portal-search-index"), listener, symlinks)) {
            out.write("index.html", text);
            Files.writeString(out.searchIndexDir().resolve("segments_1"), "index " + text);
            out.commit();
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
