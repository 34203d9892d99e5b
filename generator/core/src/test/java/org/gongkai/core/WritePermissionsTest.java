package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.gongkai.core.search.SearchOutputs;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The portal's folders and files follow the umask, so that a web server running as another user can read them. */
class WritePermissionsTest {

    @ParameterizedTest(name = "umask {0}")
    @CsvSource({"022, rwxr-xr-x, rw-r--r--", "027, rwxr-x---, rw-r-----"})
    void theOutputFollowsTheUmask(String umask, String folders, String files, @TempDir Path tmp) throws Exception {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        site.item("gov/2026/first.md", """
                title: 第一份通知
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                """, "正文。\n");
        ChildBuild child = ChildBuild.start("umask " + umask, site, site.output(), "-", tmp);
        assertThat(child.exitCode(Duration.ofMinutes(3))).as(child.output()).isZero();

        // The real folders behind the links: the version folder, with the portal and the search index in it.
        Path version = site.output().toRealPath().getParent();
        assertThat(SearchOutputs.indexDirFor(site.output()).toRealPath().getParent()).isEqualTo(version);
        List<Path> all;
        try (Stream<Path> s = Files.walk(version)) {
            all = s.toList();
        }
        assertThat(all).filteredOn(p -> p.toString().endsWith(".html")).isNotEmpty();
        assertThat(all).filteredOn(p -> p.getFileName().toString().startsWith("segments")).isNotEmpty();
        for (Path p : all) {
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
            assertThat(mode).as(version.relativize(p).toString())
                    .isEqualTo(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? folders : files);
        }
    }
}
