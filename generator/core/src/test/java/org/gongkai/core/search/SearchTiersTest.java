package org.gongkai.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.gongkai.core.BuildResult;
import org.gongkai.core.FixtureSite;
import org.gongkai.core.content.SynonymGroup;
import org.gongkai.core.load.SynonymReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 on Lucene's side (the browser's equal lists are SearchParityTest's): what a reader finds with words
 * that are not the text's own. Exact matches above near ones (the word's characters a little apart) above relaxed
 * ones (most of its bigrams), whatever their scores; synonyms from the built-in table and from site.yaml; a
 * 发文字号 in any common spelling first; phrases in quotes exact; the title above the summary above the body.
 */
class SearchTiersTest {
    @TempDir
    static Path tmp;
    static FixtureSite site;
    static SearchIndex index;

    @BeforeAll
    static void build() throws IOException {
        site = FixtureSite.in(tmp.resolve("site"));
        site.write("content/site.yaml", FixtureSite.SITE_YAML + """
                search-synonyms:
                  - {terms: [东河大桥, 东河新桥], kind: 更名, source: 县交通运输局命名公告}
                """);
        item("gov/2026/exact.md", "关于公共资源交易目录的通知", "", "本通知印发目录，请遵照执行。");
        item("gov/2026/near.md", "关于平台建设的通知", "", "全县建成公共资源市场交易平台。");
        // More of the query's bigrams, more often, in a shorter text than the others: the best BM25 score, and still
        // last, since one bigram (源交) is missing (a comma ends a word; a space between Han characters would not).
        item("gov/2026/relaxed.md", "公共资源的统一交易", "", "公共资源，交易；公共资源，交易；公共资源，交易。");
        item("fin/2026/dibao.md", "关于发放城乡居民最低生活保障资金的通知", "", "各乡镇按月发放最低生活保障资金。");
        item("fin/2026/bridge.md", "东河新桥维修工程公示", "", "东河新桥维修期间请绕行。");
        site.item("fin/2026/doc.md", """
                title: 关于下达补助经费的通知
                organ: fin
                category: budget
                written: 2026-03-01
                published: 2026-03-02
                index: %s/2026-00077
                doc-number: 测财〔2026〕12号
                genre: notice
                summary: 现将补助经费下达给你们
                """.formatted(FixtureSite.FIN_CODE), "现将补助经费下达给你们，其中提到测财〔2025〕12号文件。\n");
        // The same words once in the title, the summary or the body, the other fields alike in length.
        item("gov/2026/title.md", "乡村振兴规划", "本县今年的工作安排如下", "本县今年的工作安排如下");
        item("gov/2026/summary.md", "本县工作安排", "本县今年的乡村振兴规划", "本县今年的工作安排如下");
        item("gov/2026/body.md", "本县工作安排", "本县今年的工作安排如下", "本县今年的乡村振兴规划");
        BuildResult result = site.build();
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        index = SearchIndex.open(SearchOutputs.indexDirFor(site.output()));
    }

    private static int seq = 100;

    /** An item of the test; its summary is its body when none is given, so that every item has both fields. */
    static void item(String rel, String title, String summary, String body) {
        String organ = rel.substring(0, rel.indexOf('/'));
        String code = organ.equals("fin") ? FixtureSite.FIN_CODE : FixtureSite.GOV_CODE;
        site.item(rel, """
                title: %s
                organ: %s
                category: %s
                written: 2026-02-01
                published: 2026-02-02
                index: %s/2026-%05d
                genre: notice
                summary: %s""".formatted(title, organ, organ.equals("fin") ? "budget" : "regulation", code, seq++,
                summary.isEmpty() ? body : summary), body + "\n");
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    static SearchResults search(String q) throws IOException {
        return index.search(index.parse(q, SearchFilters.NONE), SearchSort.RELEVANCE, 0, 20);
    }

    static List<String> urls(SearchResults r) {
        return r.hits().stream().map(SearchResults.Hit::url).toList();
    }

    static int at(SearchResults r, String slug) {
        List<String> u = urls(r);
        for (int i = 0; i < u.size(); i++) {
            if (u.get(i).contains(slug)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void exactAboveNearAboveRelaxedWhateverTheScores() throws IOException {
        SearchResults r = search("公共资源交易");
        int exact = at(r, "/exact/"), near = at(r, "/near/"), relaxed = at(r, "/relaxed/");
        assertThat(exact).as("%s", urls(r)).isZero();
        assertThat(near).isEqualTo(1);
        assertThat(relaxed).isEqualTo(2);
        assertThat(r.hits().stream().map(SearchResults.Hit::tier).toList().subList(0, 3))
                .containsExactly(SearchQuery.EXACT, SearchQuery.NEAR, SearchQuery.RELAXED);
        assertThat(r.hits().get(relaxed).score()).as("the relaxed match scores best, and is still last")
                .isGreaterThan(r.hits().get(exact).score());
        // What "找到 N 条" counts: the full matches; the part matches are counted apart.
        assertThat(r.matches()).isEqualTo(2);
        assertThat(r.tiers().get(SearchQuery.RELAXED)).isEqualTo(1);
    }

    @Test
    void aPhraseInQuotesIsExact() throws IOException {
        for (String q : List.of("“公共资源交易”", "\"公共资源交易\"", "「公共资源交易」")) {
            SearchResults r = search(q);
            assertThat(urls(r)).as(q).hasSize(1);
            assertThat(urls(r).get(0)).contains("/exact/");
        }
    }

    @Test
    void aShortFormFindsTheFullFormAndSaysSo() throws IOException {
        SearchResults r = search("低保资金");
        assertThat(urls(r)).anySatisfy(u -> assertThat(u).contains("/dibao/"));
        assertThat(r.synonyms()).contains("最低生活保障资金");
        // Traditional script reads the same synonyms.
        assertThat(urls(search("低保資金"))).anySatisfy(u -> assertThat(u).contains("/dibao/"));
    }

    @Test
    void anOfficeExtendsTheTableInSiteYaml() throws IOException {
        SearchResults r = search("东河大桥");
        assertThat(r.synonyms()).containsExactly("东河新桥");
        assertThat(urls(r).get(0)).contains("/bridge/");
        // The built-in table alone does not know the name.
        assertThat(SearchQuery.parse("东河大桥", SearchFilters.NONE).synonymsRead()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"测财〔2026〕12号", "测财[2026]12号", "测财(2026)12号", "测财（2026）12号", "测财2026 12号",
        "测财〔2026〕第12号", " 测财【2026】012号 "})
    void aDocNumberInAnyCommonSpellingPutsItsItemFirst(String q) throws IOException {
        SearchResults r = search(q);
        assertThat(urls(r)).as(q).isNotEmpty();
        assertThat(urls(r).get(0)).contains("/doc/");
        assertThat(r.hits().get(0).tier()).isEqualTo(SearchQuery.LOOKUP);
    }

    @Test
    void anIndexNumberPutsItsItemFirst() throws IOException {
        SearchResults r = search(FixtureSite.FIN_CODE + "/2026-00077");
        assertThat(urls(r).get(0)).contains("/doc/");
        assertThat(r.hits().get(0).tier()).isEqualTo(SearchQuery.LOOKUP);
    }

    @Test
    void titleAboveSummaryAboveBody() throws IOException {
        SearchResults r = search("乡村振兴规划");
        assertThat(at(r, "/title/")).as("%s", urls(r)).isZero();
        assertThat(at(r, "/summary/")).isEqualTo(1);
        assertThat(at(r, "/body/")).isEqualTo(2);
        assertThat(SearchField.TITLE.boost()).isGreaterThan(SearchField.SUMMARY.boost());
        assertThat(SearchField.SUMMARY.boost()).isGreaterThan(SearchField.BODY.boost());
    }

    @Test
    void theBuiltInTableHasTwoHundredSourcedGroups() {
        List<SynonymGroup> groups = SynonymReader.builtIn();
        assertThat(groups).hasSizeGreaterThanOrEqualTo(200);
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.source()).as("%s", g.terms()).isNotBlank();
            assertThat(g.kind()).as("%s", g.terms()).isIn("简称", "更名", "异称");
        });
        // The examples the issue names.
        Synonyms s = Synonyms.builtIn();
        assertThat(s.variants("医保")).contains("医疗保险");
        assertThat(s.variants("人社局")).contains("人力资源和社会保障局");
    }

    @Test
    void aBadGroupInSiteYamlIsAnErrorThatNamesTheLine(@TempDir Path dir) {
        FixtureSite bad = FixtureSite.in(dir);
        bad.write("content/site.yaml", FixtureSite.SITE_YAML + """
                search-synonyms:
                  - {terms: [东河大桥]}
                  - {terms: [东河新桥, 东河二桥], note: 多余的键}
                """);
        List<String> found = bad.engine().build().validate().diagnostics().stream()
                .filter(d -> d.file().equals("site.yaml")).map(d -> d.code().id() + " " + d.line() + " " + d.message() + " " + d.hint()).toList();
        assertThat(found).as("%s", found).anySatisfy(m -> assertThat(m).startsWith("bad-value 30").contains("东河大桥")
                .contains("一组 2 至 12 个不同的词语"));
        assertThat(found).anySatisfy(m -> assertThat(m).startsWith("unknown-key 31").contains("note"));
    }
}
