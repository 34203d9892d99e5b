package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.content.Formulation;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.load.FormulationReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 严重表述错误 check: a sourced built-in list, the office's own entries, dates of renaming, reviewed items. */
class FormulationCheckTest {

    @Test
    void everyBuiltInEntryHasItsRightFormAReasonAndASource() {
        List<Formulation> all = FormulationReader.builtIn();
        assertThat(all).hasSizeGreaterThan(90);
        assertThat(all).allSatisfy(f -> {
            assertThat(f.source()).as("%s", f).isNotBlank();
            if (!f.isOrder()) {
                assertThat(f.reason()).as("%s", f).isNotBlank();
                assertThat(f.right()).as("%s", f).isNotBlank().isNotEqualTo(f.wrong());
                assertThat(f.right()).as("the right form is not itself a wrong one: %s", f)
                        .doesNotContain(f.wrong());
            } else {
                assertThat(f.order()).hasSizeGreaterThanOrEqualTo(3);
            }
        });
    }

    private static List<String> found(BuildResult r) {
        return r.diagnostics().stream().filter(d -> d.code().id().startsWith("wrong-"))
                .map(d -> d.code().id() + " " + d.line() + ":" + d.column() + " " + d.message()).toList();
    }

    @Test
    void renamedBodiesAreWrongOnlyInItemsWrittenAfterTheRenaming(@TempDir Path tmp) {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("gov/2026/new.md", "title: 转发国土资源部通知\norgan: gov\ncategory: regulation\nwritten: 2026-03-02\npublished: 2026-03-03",
                "正文。\n");
        site.item("gov/2017/old.md", "title: 转发国土资源部通知\norgan: gov\ncategory: regulation\nwritten: 2017-03-02\npublished: 2017-03-03",
                "正文。\n");
        List<Diagnostic> d = site.engine().build().validate().diagnostics();
        assertThat(d).filteredOn(x -> x.code().id().equals("wrong-formulation")).singleElement()
                .satisfies(x -> assertThat(x.file()).isEqualTo("items/gov/2026/new.md"));
    }

    @Test
    void theOfficesOwnEntriesAndAReviewedItem(@TempDir Path tmp) {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/site.yaml", FixtureSite.SITE_YAML + """
                formulations:
                  - wrong: 测试县人民政府办公厅
                    right: 测试县人民政府办公室
                    reason: 县级政府设办公室，不设办公厅
                """);
        site.item("gov/2026/a.md", "title: 测试县人民政府办公厅关于放假的通知\norgan: gov\ncategory: regulation\nwritten: 2026-03-02\npublished: 2026-03-03",
                "正文。\n");
        site.item("gov/2026/b.md", """
                title: 《中华人民共合国宪法》印刷错误勘误说明
                organ: gov
                category: regulation
                written: 2026-03-02
                published: 2026-03-03
                formulations-reviewed: true
                """, "原书第3页把国名印成“中华人民共合国”，特此更正。\n");
        site.item("gov/2026/c.md", "title: 内部草稿中华人民共合国\norgan: gov\ncategory: regulation\nwritten: 2026-03-02\ndraft: true", "正文。\n");
        BuildResult r = site.engine().build().validate();
        assertThat(found(r)).containsExactly("wrong-formulation 2:8 “测试县人民政府办公厅”是严重表述错误（县级政府设办公室，不设办公厅），应为“测试县人民政府办公室”");
    }

    @Test
    void partsInTheirOrderPassAndAnyOtherOrderIsWrong(@TempDir Path tmp) {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("gov/2026/a.md", "title: 学习\norgan: gov\ncategory: regulation\nwritten: 2026-03-02\npublished: 2026-03-03",
                "富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友善。\n"
                        + "建设富强民主文明和谐美丽的社会主义现代化强国。\n"
                        + "理论自信、道路自信、制度自信。\n");
        assertThat(found(site.engine().build().validate())).singleElement().asString()
                .startsWith("wrong-order 10:1 “理论自信、道路自信、制度自信”中“四个自信”的顺序不对");
    }
}
