package org.gongkai.core.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every common spelling of a 发文字号 has one key, the one the vectors say (the browser's policies.js is held to
 * the same vectors by PolicyLibraryBrowserTest), and lists by 文号 have one total order.
 */
class DocNumberTest {

    /** The shared vectors: input and key, tab-separated; '#' lines are comments. */
    static List<String[]> vectors() {
        try {
            Path p = Path.of(DocNumberTest.class.getResource("/policies/doc-number-vectors.txt").toURI());
            List<String[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] v = line.split("\t", -1);
                    assertThat(v).as("a vector line: %s", line).hasSize(2);
                    out.add(v);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everySpellingHasTheKeyOfTheVectors() {
        List<String[]> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThan(10);
        for (String[] v : vectors) {
            assertThat(DocNumber.key(v[0])).as("key of '%s'", v[0]).isEqualTo(v[1]);
        }
    }

    @Test
    void theFourFormsReadersTypeFindTheSameDocument() {
        assertThat(List.of("示财〔2026〕12号", "示财[2026]12号", "示财(2026)12号", "示财2026 12号"))
                .extracting(DocNumber::key).containsOnly("示财〔2026〕12号");
        assertThat(DocNumber.key("  ")).isEmpty();
        assertThat(DocNumber.parse("示财〔2026〕12号")).contains(new DocNumber("示财", 2026, 12, "示财〔2026〕12号"));
    }

    @Test
    void listsByNumberAreInNumericOrderWithOddFormsLast() {
        List<String> sorted = List.of("示财〔2026〕100号", "第3号", "示财〔2025〕7号", "示财〔2026〕12号", "示农〔2026〕1号",
                        "示财〔2026〕9号").stream()
                .map(s -> DocNumber.parse(s).orElseThrow()).sorted(DocNumber.ORDER).map(DocNumber::key).toList();
        assertThat(sorted).containsExactly("示农〔2026〕1号", "示财〔2025〕7号", "示财〔2026〕9号", "示财〔2026〕12号",
                "示财〔2026〕100号", "第3号");
        Comparator<DocNumber> order = DocNumber.ORDER;
        assertThat(order.compare(DocNumber.parse("示财[2026]12号").get(), DocNumber.parse("示财〔2026〕12号").get())).isZero();
    }
}
