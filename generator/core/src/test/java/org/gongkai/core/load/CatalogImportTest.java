package org.gongkai.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.FixtureSite;
import org.gongkai.core.content.Catalog;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.OrganType;
import org.gongkai.core.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import: standard-26}: the 基层政务公开标准目录's 26 领域 as children of the category that imports them. */
class CatalogImportTest {

    private static final String CATALOG = """
            categories:
              - id: regulation
                name: 规范性文件
              - id: jiceng
                name: 基层政务公开标准目录
                import: standard-26
                except: [jc-fupin]
                children:
                  - id: jc-chengxiang-guihua
                    name: 城乡规划
                    children:
                      - id: guihua-xuke
                        name: 乡村建设规划许可
                  - id: local-extra
                    name: 本县特色领域
            """;

    private static Catalog load(Path tmp, String catalog, Diagnostics d) {
        FixtureSite site = FixtureSite.in(tmp).write("content/catalog.yaml", catalog);
        return new ContentLoader(d).load(site.content()).orElseThrow().catalog();
    }

    @Test
    void theTwentySixDomainsInTheStandardsOrderWithTheOfficesOwnInPlace(@TempDir Path tmp) {
        Diagnostics d = new Diagnostics();
        Catalog c = load(tmp, CATALOG, d);
        assertThat(d.sorted()).isEmpty();
        Category parent = c.get("jiceng").orElseThrow();
        List<String> names = c.children(parent).stream().map(Category::name).toList();
        // 25 of the standard (扶贫 left out), the office's 城乡规划 first where the standard has it, then its own extra.
        assertThat(names).hasSize(26).startsWith("城乡规划", "重大建设项目", "公共资源交易", "财政预决算")
                .doesNotContain("扶贫").endsWith("保障性住房", "交通运输", "本县特色领域");
        assertThat(c.get("jc-chengxiang-guihua").orElseThrow().children()).containsExactly("guihua-xuke");
        Category imported = c.get("jc-huji-guanli").orElseThrow();
        assertThat(imported.parent()).isEqualTo("jiceng");
        assertThat(imported.article()).contains("国办发〔2019〕54号");
        assertThat(imported.appliesTo()).containsExactlyInAnyOrder(OrganType.GOVERNMENT, OrganType.DEPARTMENT,
                OrganType.TOWNSHIP);
        assertThat(imported.at().line()).as("found at the import line of catalog.yaml").isEqualTo(6);
        assertThat(c.isWithin(imported, "jiceng")).isTrue();
    }

    @Test
    void anUnknownStandardOrDomainIsAnErrorAtItsLine(@TempDir Path tmp) {
        Diagnostics d = new Diagnostics();
        load(tmp, CATALOG.replace("import: standard-26", "import: standard-27").replace("[jc-fupin]", "[fupin]"), d);
        assertThat(d.sorted()).extracting(x -> x.code().id() + " " + x.line() + " " + x.message())
                .containsExactly("bad-value 6 导入的标准目录（import）不能是“standard-27”");
        Diagnostics e = new Diagnostics();
        load(tmp, CATALOG.replace("[jc-fupin]", "[fupin]"), e);
        assertThat(e.sorted()).extracting(x -> x.code().id() + " " + x.line() + " " + x.hint())
                .singleElement().asString().startsWith("bad-value 7 可用的值：jc-chengxiang-guihua, jc-zhongda-jianshe-xiangmu");
    }

    @Test
    void aDomainTheCatalogDefinesElsewhereIsADuplicate(@TempDir Path tmp) {
        Diagnostics d = new Diagnostics();
        load(tmp, CATALOG.replace("  - id: regulation\n    name: 规范性文件", "  - id: jc-jiuye\n    name: 就业"), d);
        assertThat(d.sorted()).extracting(x -> x.code().id() + " " + x.line()).containsExactly("duplicate-category 6");
    }
}
