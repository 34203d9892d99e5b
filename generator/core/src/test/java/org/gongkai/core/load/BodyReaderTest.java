package org.gongkai.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongkai.core.content.BodyLink;
import org.gongkai.core.diagnostic.SourcePosition;
import org.junit.jupiter.api.Test;

/** A body is parsed once at load: its links (for every later stage) and its depth (refused when too deep). */
class BodyReaderTest {

    @Test
    void everyLinkAndImageIsFoundInTheOrderWrittenWithItsLineAndColumnInTheFile() {
        String body = "第一段，见[附件](/attachments/a.pdf)。\n\n"
                + "- 列表里的 [条目](items/gov/2026/x.md)\n"
                + "  > 引用里的 ![图](attachments/b.png)\n\n"
                + "[![封面](attachments/c.png)](attachments/c.pdf)\n\n"
                + "参考 [文件][r]，或访问 www.gov.cn 、写信给 gk@test.example 、<https://www.example.gov.cn/>。\n\n"
                + "[r]: /items/gov/2026/y.md\n";
        BodyReader.Read read = BodyReader.read("items/gov/2026/a.md", body, 7);
        assertThat(read.tooDeepAt()).isEmpty();
        assertThat(read.links()).containsExactly(
                new BodyLink("/attachments/a.pdf", false, new SourcePosition("items/gov/2026/a.md", 7, 6)),
                new BodyLink("items/gov/2026/x.md", false, new SourcePosition("items/gov/2026/a.md", 9, 8)),
                new BodyLink("attachments/b.png", true, new SourcePosition("items/gov/2026/a.md", 10, 10)),
                new BodyLink("attachments/c.pdf", false, new SourcePosition("items/gov/2026/a.md", 12, 1)),
                new BodyLink("attachments/c.png", true, new SourcePosition("items/gov/2026/a.md", 12, 2)),
                new BodyLink("/items/gov/2026/y.md", false, new SourcePosition("items/gov/2026/a.md", 14, 4)),
                new BodyLink("http://www.gov.cn", false, new SourcePosition("items/gov/2026/a.md", 14, 16)),
                new BodyLink("mailto:gk@test.example", false, new SourcePosition("items/gov/2026/a.md", 14, 32)),
                new BodyLink("https://www.example.gov.cn/", false, new SourcePosition("items/gov/2026/a.md", 14, 49)));
    }

    @Test
    void aBareAddressInChineseTextEndsBeforeTheChineseAndKeepsItsColumn() {
        String body = "请登录 www.gov.cn、写信给 gk@test.example。网址：https://zwgk.example.gov.cn/（专栏）\n";
        assertThat(BodyReader.read("items/gov/2026/a.md", body, 3).links()).containsExactly(
                new BodyLink("http://www.gov.cn", false, new SourcePosition("items/gov/2026/a.md", 3, 5)),
                new BodyLink("mailto:gk@test.example", false, new SourcePosition("items/gov/2026/a.md", 3, 20)),
                new BodyLink("https://zwgk.example.gov.cn/", false, new SourcePosition("items/gov/2026/a.md", 3, 39)));
    }

    @Test
    void everyAddressOfALongParagraphIsLinkedEachCutBeforeItsChineseComma() {
        String body = "gk@test.example、www.gov.cn，".repeat(5_000) + "\n";
        List<BodyLink> links = BodyReader.read("items/a.md", body, 1).links();
        assertThat(links).hasSize(10_000);
        assertThat(links.get(9_999)).isEqualTo(new BodyLink("http://www.gov.cn", false,
                new SourcePosition("items/a.md", 1, 1 + 4_999 * 27 + 16)));
    }

    @Test
    void aBodyWithoutLinksHasNone() {
        for (String plain : List.of("", "本办法自2026年1月1日起施行。", "时间：9:00—17:00", "ww.w", "a:/b",
                "| 项目 | 金额 |\n|---|---:|\n| 一 | 1.00 |", "[未闭合的方括号")) {
            assertThat(BodyReader.read("items/a.md", plain, 5).links()).as(plain).isEmpty();
        }
    }

    @Test
    void aBodyNestedTooDeeplyIsRefusedAtTheLineWhereItGoesTooDeep() {
        String deep = "正文\n\n" + "> ".repeat(BodyReader.MAX + 5) + "[链接](a.pdf)\n";
        BodyReader.Read read = BodyReader.read("items/a.md", deep, 5);
        assertThat(read.tooDeepAt()).contains(2);
        assertThat(read.links()).isEmpty();
        String fine = "> ".repeat(10) + "[链接](a.pdf)\n";
        assertThat(BodyReader.read("items/a.md", fine, 5).links()).extracting(BodyLink::destination).containsExactly("a.pdf");
    }
}
