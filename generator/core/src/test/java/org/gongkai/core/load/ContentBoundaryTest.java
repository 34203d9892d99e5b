package org.gongkai.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing outside content/ gets in: files under content/ that are links leading out of it (to a file, to a folder,
 * through a chain of links) are refused with {@code outside-content}, validate and build fail, and their bytes
 * reach no output. Links that stay inside content/ are allowed.
 */
class ContentBoundaryTest {
    private static final String SECRET = "CI_SECRET_TOKEN=ghp_do_not_publish_4711";

    private static final String ITEM = """
            title: 关于公布收费目录清单的通知
            organ: gov
            category: regulation
            written: 2026-01-20
            published: 2026-01-22
            """;

    private static Path secretFile(Path tmp) throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        return Files.writeString(outside.resolve("secrets.env"), SECRET + "\n");
    }

    private static List<String> codes(BuildResult r) {
        return r.diagnostics().stream().map(d -> d.severity().label() + " " + d.code().id() + " " + d.location()).toList();
    }

    /** No file beside or inside the output holds the secret, and the build wrote nothing. */
    private static void assertNotLeaked(FixtureSite site, BuildResult build) throws IOException {
        assertThat(build.written()).as("%s", build.diagnostics()).isFalse();
        Path out = site.output().getParent();
        if (Files.exists(out)) {
            try (var files = Files.walk(out)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(p, StandardCharsets.ISO_8859_1)).as(p.toString()).doesNotContain(SECRET);
                }
            }
        }
    }

    @Test
    void anAttachmentLinkedToAFileOutsideIsRefusedAndNeverCopied(@TempDir Path tmp) throws IOException {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        site.item("gov/2026/fees.md", ITEM + """
                attachments:
                  - file: attachments/2026/fees.csv
                """, "正文。\n");
        Path attachments = Files.createDirectories(site.content().resolve("attachments/2026"));
        Files.createSymbolicLink(attachments.resolve("fees.csv"), secretFile(tmp));

        BuildResult validate = site.engine().build().validate();
        BuildResult build = site.build();

        assertThat(codes(validate)).contains("error outside-content attachments/2026/fees.csv",
                "error outside-content items/gov/2026/fees.md:8:11");
        assertThat(codes(build)).isEqualTo(codes(validate));
        assertNotLeaked(site, build);
        assertThat(validate.diagnostics()).filteredOn(d -> d.file().startsWith("attachments/"))
                .extracting(Diagnostic::message).singleElement().asString().contains(tmp.resolve("elsewhere/secrets.env").toString());
    }

    @Test
    void anItemLinkedToMarkdownOutsideIsNotRead(@TempDir Path tmp) throws IOException {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        Path outside = Files.writeString(Files.createDirectories(tmp.resolve("elsewhere")).resolve("leak.md"),
                "---\n" + ITEM + "---\n" + SECRET + "\n");
        Path items = Files.createDirectories(site.content().resolve("items/gov/2026"));
        Files.createSymbolicLink(items.resolve("leak.md"), outside);
        site.item("gov/2026/fine.md", ITEM.replace("收费目录清单", "防汛工作"), "正文。\n");

        BuildResult build = site.build();

        assertThat(codes(build)).contains("error outside-content items/gov/2026/leak.md");
        assertNotLeaked(site, build);
    }

    @Test
    void aFolderLinkedOutsideIsRefusedWholeAndAChainOfLinksIsFollowedToItsEnd(@TempDir Path tmp) throws IOException {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        Path outside = secretFile(tmp).getParent();
        Path attachments = Files.createDirectories(site.content().resolve("attachments"));
        Files.createSymbolicLink(attachments.resolve("shared"), outside);
        // attachments/a.txt → attachments/b.txt → the secret outside
        Files.createSymbolicLink(attachments.resolve("b.txt"), outside.resolve("secrets.env"));
        Files.createSymbolicLink(attachments.resolve("a.txt"), attachments.resolve("b.txt"));
        site.item("gov/2026/fees.md", ITEM + """
                attachments:
                  - file: attachments/shared/secrets.env
                  - file: attachments/a.txt
                """, "正文。\n");

        BuildResult build = site.build();

        assertThat(codes(build)).contains("error outside-content attachments/shared", "error outside-content attachments/a.txt",
                "error outside-content attachments/b.txt", "error outside-content items/gov/2026/fees.md:8:11",
                "error outside-content items/gov/2026/fees.md:9:11");
        assertNotLeaked(site, build);
    }

    @Test
    void theBuildsEnvironmentCannotBePublished(@TempDir Path tmp) throws IOException {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        Path attachments = Files.createDirectories(site.content().resolve("attachments"));
        Files.createSymbolicLink(attachments.resolve("env.txt"), Path.of("/proc/self/environ"));
        site.item("gov/2026/env.md", ITEM + """
                attachments:
                  - file: attachments/env.txt
                """, "正文。\n");

        BuildResult build = site.build();

        assertThat(codes(build)).contains("error outside-content attachments/env.txt");
        assertThat(build.written()).isFalse();
        assertThat(site.output()).doesNotExist();
    }

    @Test
    void linksThatStayInsideContentAreReadAsTheFileTheyNameAndDanglingOnesAreReported(@TempDir Path tmp) throws IOException {
        FixtureSite site = FixtureSite.in(tmp.resolve("site"));
        Path attachments = Files.createDirectories(site.content().resolve("attachments/2026"));
        Files.writeString(attachments.resolve("fees.csv"), "项目,标准\n");
        Files.createSymbolicLink(site.content().resolve("attachments/latest-fees.csv"), Path.of("2026/fees.csv"));
        site.item("gov/2026/fees.md", ITEM + """
                attachments:
                  - file: attachments/latest-fees.csv
                  - file: attachments/2026/fees.csv
                """, "正文。\n");

        BuildResult build = site.build();

        assertThat(build.written()).as("%s", build.diagnostics()).isTrue();
        assertThat(Files.readString(site.output().resolve("attachments/latest-fees.csv"))).isEqualTo("项目,标准\n");

        Files.createSymbolicLink(site.content().resolve("attachments/gone.csv"), Path.of("2026/missing.csv"));
        assertThat(codes(site.build())).contains("error unreadable attachments/gone.csv");
    }
}
