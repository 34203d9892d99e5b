package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.model.BuildMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing non-public reaches the public portal: each kind of non-public item carries a unique marker (in title,
 * body, summary, keywords, slug and attachment) and no byte of any output file may contain it.
 */
class PublicOutputTest {
    @TempDir
    Path tmp;
    FixtureSite site;

    @BeforeEach
    void setUp() {
        site = FixtureSite.in(tmp);
        site.write("content/attachments/2026/public.csv", "项目,金额\n办公费,100\n");
        site.item("gov/2026/public.md", """
                title: 公开通知PUBLICMARK
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                index: %s/2026-00001
                attachments:
                  - file: attachments/2026/public.csv
                    title: 公开附件
                """.formatted(FixtureSite.GOV_CODE), "正文PUBLICBODY。\n");
        nonPublic("on-request", "disclosure: on-request", "ONREQUESTMARK");
        nonPublic("exempt", "disclosure: exempt", "EXEMPTMARK");
        nonPublic("internal", "audience: internal", "INTERNALMARK");
        nonPublic("scheduled", "published: 2026-06-01T12:00:01+08:00", "SCHEDULEDMARK");
        nonPublic("draft", "draft: true", "DRAFTMARK");
    }

    private void nonPublic(String slug, String key, String marker) {
        site.write("content/attachments/2026/" + marker.toLowerCase() + ".csv", "项目\n" + marker + "\n");
        site.item("gov/2026/" + slug + "-" + marker.toLowerCase() + ".md", """
                title: 标题%1$s
                organ: gov
                category: regulation
                written: 2026-03-02
                %2$s
                summary: 概述%1$s
                keywords: [关键词%1$s]
                related: [items/gov/2026/public.md]
                attachments:
                  - file: attachments/2026/%3$s.csv
                    title: 附件%1$s
                """.formatted(marker, key.contains("published") ? key : key + "\npublished: 2026-03-03", marker.toLowerCase()),
                "正文%s。\n".formatted(marker));
    }

    private static List<Path> filesContaining(Path dir, String marker) throws IOException {
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        byte[] lower = marker.toLowerCase().getBytes(StandardCharsets.UTF_8);
        return FixtureSite.files(dir).stream().filter(p -> {
            try {
                byte[] b = Files.readAllBytes(p);
                return indexOf(b, needle) >= 0 || indexOf(b, lower) >= 0 || p.toString().contains(marker.toLowerCase());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void publicPortalHasNoByteOfNonPublicItems() throws IOException {
        BuildResult result = site.build();
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        assertThat(filesContaining(site.output(), "PUBLICMARK")).isNotEmpty();
        assertThat(site.output().resolve("attachments/2026/public.csv")).exists();
        for (String marker : List.of("ONREQUESTMARK", "EXEMPTMARK", "INTERNALMARK", "SCHEDULEDMARK", "DRAFTMARK")) {
            assertThat(filesContaining(site.output(), marker)).as(marker).isEmpty();
        }
        assertThat(result.items()).isEqualTo(1);
    }

    @Test
    void internalBuildAddsInternalAndOnRequestItemsMarked() throws IOException {
        Path internal = tmp.resolve("out/portal-internal");
        BuildResult result = site.build(BuildMode.INTERNAL, internal);
        assertThat(result.hasErrors()).isFalse();
        assertThat(filesContaining(internal, "INTERNALMARK")).isNotEmpty();
        assertThat(filesContaining(internal, "ONREQUESTMARK")).isNotEmpty();
        for (String marker : List.of("EXEMPTMARK", "SCHEDULEDMARK", "DRAFTMARK")) {
            assertThat(filesContaining(internal, marker)).as(marker).isEmpty();
        }
        String page = Files.readString(internal.resolve("items/gov/2026/internal-internalmark/index.html"));
        assertThat(page).contains("标题INTERNALMARK").contains("内部");
        assertThat(site.output()).as("the public portal is a different folder").doesNotExist();
    }

    @Test
    void scheduledItemAppearsOnceItsTimeHasCome() throws IOException {
        BuildResult later = site.engine().now(FixtureSite.NOW.plusSeconds(1)).build().build();
        assertThat(later.hasErrors()).isFalse();
        assertThat(filesContaining(site.output(), "SCHEDULEDMARK")).isNotEmpty();
        assertThat(later.scheduled()).isEmpty();
        assertThat(site.build().scheduled()).singleElement().asString().contains("SCHEDULEDMARK");
    }
}
