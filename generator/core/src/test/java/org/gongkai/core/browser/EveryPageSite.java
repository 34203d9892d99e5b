package org.gongkai.core.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.model.BuildMode;

/**
 * A small site on which the public and the internal build write every kind of page the portal has: two pages of a
 * category and of an organ, an item with everything an item can show (a wide table, footnotes, an attachment, a
 * 公示期 and a withdrawal), a 村务公开 item with its 公开栏 poster, archive year, month and volume, a free page, the
 * policy library, an annual report, the 意见箱 and a reply, the register, statistics and compliance report of the internal build.
 */
final class EveryPageSite {
    /** One kind of page: a name for messages, its path in the portal (with a query for search), which build. */
    record Kind(String name, String path, boolean internal) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String FULL_ITEM = "items/vil/2026/full/index.html";
    static final String PUBLICITY = "items/vil/2026/publicity/index.html";
    static final String POSTER = "posters/vil/2026/publicity/index.html";

    static final List<Kind> KINDS = List.of(
            new Kind("home", "index.html", false),
            new Kind("catalog", "catalog/index.html", false),
            new Kind("category", "catalog/regulation/index.html", false),
            new Kind("category page 2", "catalog/regulation/page/2/index.html", false),
            new Kind("organs", "organs/index.html", false),
            new Kind("organ", "organs/gov/index.html", false),
            new Kind("village organ", "organs/vil/index.html", false),
            new Kind("item", FULL_ITEM, false),
            new Kind("item zh-Hant", PUBLICITY, false),
            new Kind("archive", "archive/index.html", false),
            new Kind("year", "archive/2026/index.html", false),
            new Kind("month", "archive/2026/05/index.html", false),
            new Kind("yearly volume", "archive/2026/volume/index.html", false),
            new Kind("guide", "guide/index.html", false),
            new Kind("free page", "pages/about/index.html", false),
            new Kind("search with results", "search/index.html?q=%E6%94%B6%E8%B4%B9", false),
            new Kind("404", "404.html", false),
            new Kind("sitemap", "sitemap/index.html", false),
            new Kind("policies", "policies/index.html", false),
            new Kind("policies of an organ", "policies/organs/gov/index.html", false),
            new Kind("annual reports", "reports/index.html", false),
            new Kind("annual report", "reports/2025/fin/index.html", false),
            new Kind("accessibility", "accessibility/index.html", false),
            new Kind("feedback", "feedback/index.html", false),
            new Kind("reply", "items/gov/2026/reply/index.html", false),
            new Kind("poster", POSTER, false),
            new Kind("village organ, internal", "organs/vil/index.html", true),
            new Kind("register", "register/index.html", true),
            new Kind("statistics", "statistics/index.html", true),
            new Kind("compliance", "compliance/index.html", true));

    final FixtureSite site;
    final Path internal;

    private EveryPageSite(FixtureSite site, Path internal) {
        this.site = site;
        this.internal = internal;
    }

    static EveryPageSite build(Path dir) {
        FixtureSite site = FixtureSite.in(dir);
        // A 意见箱 with every channel, and one published reply in its column.
        site.write("content/site.yaml", FixtureSite.SITE_YAML + """
                feedback:
                  form: https://liuyan.test.example/submit
                  mailto: liuyan@test.example
                  github: test-county/gongkai
                  reply-within: 10
                """);
        site.write("content/catalog.yaml", FixtureSite.CATALOG_YAML + """
                  - id: hudong
                    name: 互动交流
                    children:
                      - id: liuyan
                        name: 留言答复
                """);
        site.item("gov/2026/reply.md", """
                title: 关于办事收费标准的答复
                organ: gov
                category: liuyan
                written: 2026-03-03
                published: 2026-03-04
                reply-to: {received: 2026-03-02, question: 办理营业执照要交哪些费用？, channel: 电子邮件}
                """, "办理营业执照不收取任何费用。\n");
        for (int i = 1; i <= 21; i++) {
            site.item(String.format("gov/2026/rule-%02d.md", i), """
                    title: 测试县收费管理规范性文件第%d号
                    organ: gov
                    category: regulation
                    written: 2026-03-02
                    published: 2026-03-%02d
                    doc-number: 测政发〔2026〕%d号
                    genre: regulation
                    """.formatted(i, i + 2, i), "为规范收费管理，制定本办法。\n");
        }
        site.write("content/attachments/2026/accounts.csv", "项目,金额\n道路硬化,120000\n");
        site.item("vil/2026/full.md", """
                title: 河东村2026年5月财务收支公示
                organ: vil
                category: village
                written: 2026-05-25
                published: 2026-05-26
                genre: publicity
                summary: 本月收入、支出和结余。
                keywords: [财务, 公示]
                notice-period: {from: 2026-05-26, to: 2026-06-09}
                withdrawn: {date: 2026-05-28, reason: 数字有误，更正后重新公示。}
                attachments:
                  - file: attachments/2026/accounts.csv
                    title: 收支明细表
                """, """
                ## 收支情况

                本月收支如下表[^1]。

                | 科目 | 一月 | 二月 | 三月 | 四月 | 五月 | 六月 | 七月 | 八月 | 九月 | 十月 | 十一月 | 十二月 | 合计 |
                |---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|
                | 村集体经营收入 | 12000 | 13000 | 11000 | 15000 | 16000 | 12000 | 13000 | 11000 | 15000 | 16000 | 12000 | 13000 | 159000 |
                | 道路硬化工程支出 | 120000 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 120000 |

                如有疑问，请向村务监督委员会反映。

                [^1]: 金额单位：元。
                """);
        site.item("vil/2026/publicity.md", """
                title: 河東村土地流轉方案公示
                organ: vil
                category: village
                written: 2026-05-20
                published: 2026-05-21
                genre: publicity
                lang: zh-Hant
                notice-period: {from: 2026-05-21, to: 2026-06-04}
                """, "公示期內如有異議，請向村務監督委員會反映。\n");
        site.write("content/pages/about.md", "---\ntitle: 关于本站\n---\n本站集中发布测试县主动公开的政府信息。\n");
        site.write("content/reports/2025/fin.yaml", """
                published: 2026-01-20
                overview: 2025年，测试县财政局认真贯彻政务公开工作要求。
                problems: 公开内容还不够全面，下一步将加强培训。
                """);
        site.write("content/requests/2026/a.yaml", """
                id: 2026-001
                organ: gov
                received: 2026-05-20
                channel: online
                applicant: natural-person
                request: 申请公开2025年专项资金使用情况
                """);
        site.write("content/requests/2026/b.yaml", """
                id: 2026-002
                organ: fin
                received: 2026-03-02
                channel: post
                applicant: commercial
                request: 申请公开招标文件
                outcome: unable
                reason: not-held
                replied: 2026-03-10
                """);
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        Path internal = dir.resolve("out/portal-internal");
        BuildResult inside = site.build(BuildMode.INTERNAL, internal);
        assertThat(inside.written()).as("%s", inside.diagnostics()).isTrue();
        return new EveryPageSite(site, internal);
    }

    /** The file URL of a page, with its query. */
    String url(Kind kind) {
        Path root = kind.internal() ? internal : site.output();
        int q = kind.path().indexOf('?');
        String file = q < 0 ? kind.path() : kind.path().substring(0, q);
        return root.resolve(file).toUri() + (q < 0 ? "" : kind.path().substring(q));
    }
}
