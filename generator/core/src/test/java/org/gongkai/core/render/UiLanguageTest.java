package org.gongkai.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.model.BuildMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's language decides its UI words: an item written in zh-Hant in a zh-Hans portal has Traditional
 * navigation, breadcrumbs, footer and metadata labels; a portal whose site.yaml says language: en reads as English
 * on every page, with no Chinese from the theme or the engine beyond the glosses its English messages give.
 */
class UiLanguageTest {
    @TempDir
    Path tmp;

    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\x{3000}-\\x{303F}\\x{FF00}-\\x{FFEF}]+");

    @Test
    void aTraditionalItemHasTraditionalChrome() throws IOException {
        FixtureSite site = FixtureSite.in(tmp);
        site.item("vil/2026/publicity.md", """
                title: 河東村土地流轉方案公示
                organ: vil
                category: village
                written: 2026-05-25
                published: 2026-05-26
                lang: zh-Hant
                notice-period: {from: 2026-05-26, to: 2026-06-09}
                """, "公示期內如有異議，請向村務監督委員會反映。\n");
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        Properties hans = messages("zh-Hans");
        Properties hant = messages("zh-Hant");
        for (String page : List.of("items/vil/2026/publicity/index.html", "posters/vil/2026/publicity/index.html")) {
            String html = site.read(page);
            assertThat(html).as(page).contains("<html lang=\"zh-Hant\"");
            // navigation, breadcrumbs, footer, the metadata table and the 公示期
            for (String key : List.of("nav.home", "nav.catalog", "nav.organs", "nav.policies", "nav.archive", "nav.guide",
                    "nav.main", "nav.breadcrumbs", "footer.contact", "footer.guide", "footer.sitemap", "contact.office",
                    "contact.supervisionPhone", "field.organ", "field.published", "field.disclosure", "care.on", "search.box")) {
                if (!page.startsWith("items/") && key.startsWith("field.")) {
                    continue;
                }
                assertThat(html).as("%s: %s", page, key).contains(hant.getProperty(key));
                if (!hans.getProperty(key).equals(hant.getProperty(key))) {
                    assertThat(html).as("%s: %s in Simplified", page, key).doesNotContain(">" + hans.getProperty(key) + "<");
                }
            }
        }
    }

    /** An English portal with English content: any Chinese left on a page comes from the theme or the engine. */
    @Test
    void anEnglishPortalHasNoChineseChrome() throws IOException {
        FixtureSite site = FixtureSite.in(tmp);
        site.write("content/site.yaml", FixtureSite.SITE_YAML.replace("language: zh-Hans", "language: en")
                .replace("name: 测试县人民政府信息公开", "name: Test County Government Information")
                .replace("short-name: 测试县", "short-name: Test County")
                .replace("office: 测试县政务公开办", "office: Test County Disclosure Office")
                .replace("address: 测试县人民路1号", "address: 1 Renmin Road, Test County")
                .replace("name: 测试县人民政府办公室", "name: Test County Government Office")
                .replace("name: 测试县财政局", "name: Test County Finance Bureau")
                .replace("name: 河东村村民委员会", "name: Hedong Village Committee"));
        site.write("content/catalog.yaml", FixtureSite.CATALOG_YAML.replace("name: 政策文件", "name: Policy documents")
                .replace("name: 规范性文件", "name: Normative documents").replace("article: 条例第二十条第（一）项", "article: Article 20 (1)")
                .replace("name: 政策解读", "name: Interpretations").replace("name: 财政预决算", "name: Budgets and accounts")
                .replace("name: 村务公开", "name: Village affairs"));
        for (int i = 1; i <= 21; i++) {
            site.item(String.format("gov/2026/rule-%02d.md", i), """
                    title: Fees rule %d
                    organ: gov
                    category: regulation
                    written: 2026-03-02
                    published: 2026-03-%02d
                    doc-number: TG-2026-%d
                    genre: regulation
                    """.formatted(i, i + 2, i), "Fees are set as follows.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        }
        site.item("vil/2026/notice.md", """
                title: Land transfer notice
                organ: vil
                category: village
                written: 2026-05-25
                published: 2026-05-26
                genre: publicity
                notice-period: {from: 2026-05-26, to: 2026-06-09}
                withdrawn: {date: 2026-05-28, reason: Figures corrected.}
                """, "Objections to the village committee.\n");
        site.item("vil/2026/accounts.md", """
                title: Village accounts for May
                organ: vil
                category: village
                written: 2026-05-25
                published: 2026-05-26
                notice-period: {from: 2026-05-26, to: 2026-06-09}
                """, "Income and spending.\n");
        site.write("content/pages/about.md", "---\ntitle: About\n---\nAbout this portal.\n");
        site.write("content/requests/2026/a.yaml", """
                id: 2026-001
                organ: gov
                received: 2026-05-20
                channel: online
                applicant: natural-person
                request: Spending of the 2025 special funds
                """);
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        Path internal = tmp.resolve("out/portal-internal");
        BuildResult inside = site.build(BuildMode.INTERNAL, internal);
        assertThat(inside.written()).as("%s", inside.diagnostics()).isTrue();

        Set<String> glosses = new TreeSet<>();
        Matcher g = CHINESE.matcher(String.join("\n", messages("en").values().stream().map(String::valueOf).toList()));
        while (g.find()) {
            glosses.add(g.group());
        }
        List<String> found = new ArrayList<>();
        for (Path root : List.of(site.output(), internal)) {
            for (Path f : FixtureSite.files(root)) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (!rel.endsWith(".html")) {
                    continue;
                }
                String text = visibleText(Files.readString(f, StandardCharsets.UTF_8));
                Matcher m = CHINESE.matcher(text);
                while (m.find()) {
                    if (!glosses.contains(m.group())) {
                        found.add(rel + ": " + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)).replace('\n', ' '));
                    }
                }
            }
        }
        assertThat(found).as("Chinese on the pages of an English portal").isEmpty();
    }

    /**
     * The words a reader sees or hears: text and the attributes that are read out or shown; without what content
     * puts into meta tags and without elements that say they are Chinese (lang="zh-…", as the annual report's own
     * format words are).
     */
    private static String visibleText(String html) {
        String s = html.replaceAll("(?s)<head>.*?</head>", "")
                .replaceAll("(?s)<([a-z0-9]+)[^>]*\\slang=\"zh-[^\"]*\"[^>]*>.*?</\\1>", "");
        StringBuilder out = new StringBuilder();
        Matcher attr = Pattern.compile("\\s(?:aria-label|title|alt|placeholder|data-[a-z-]+)=\"([^\"]*)\"").matcher(s);
        while (attr.find()) {
            out.append(attr.group(1)).append('\n');
        }
        out.append(s.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " "));
        return out.toString();
    }

    private static Properties messages(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(FixtureSite.theme().resolve("messages/" + lang + ".properties"))) {
            p.load(r);
        }
        return p;
    }
}
