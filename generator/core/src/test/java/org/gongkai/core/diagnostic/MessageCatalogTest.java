package org.gongkai.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * One message catalog, three languages: the same diagnostic reads in Chinese by default (what is wrong, where, how
 * to fix it), in English on request, and keeps its code and position in every language and in the JSON.
 */
class MessageCatalogTest {
    private static final Diagnostic UNKNOWN_ORGAN = new Diagnostic(Code.UNKNOWN_ORGAN, "items/czj/2026/budget.md", 3, 8,
            List.of("caizheng", "xzfb, czj, jyj"));
    private static final Diagnostic BAD_DATE = new Diagnostic(Code.BAD_DATE, "items/czj/2026/budget.md", 5, 10,
            List.of(new Field("written"), "2026-02-30"));

    @Test
    void chineseByDefault() {
        assertThat(UNKNOWN_ORGAN.format()).isEqualTo(
                "items/czj/2026/budget.md:3:8: 错误 [unknown-organ] 未知的发布机构“caizheng” — 使用 site.yaml 中定义的机构 id：xzfb, czj, jyj");
        assertThat(BAD_DATE.format(DiagnosticLanguage.ZH_HANS)).isEqualTo(
                "items/czj/2026/budget.md:5:10: 错误 [bad-date] 成文日期（written）不是有效的日期：“2026-02-30” — 日期写成 YYYY-MM-DD，"
                        + "例如 2026-03-15；发布日期也可以带时间，例如 2026-03-15T09:00:00+08:00");
    }

    @Test
    void englishOnRequest() {
        assertThat(UNKNOWN_ORGAN.format(DiagnosticLanguage.EN)).isEqualTo(
                "items/czj/2026/budget.md:3:8: error [unknown-organ] unknown organ 'caizheng' — use one of the organ ids in site.yaml: xzfb, czj, jyj");
        assertThat(BAD_DATE.format(DiagnosticLanguage.EN)).isEqualTo(
                "items/czj/2026/budget.md:5:10: error [bad-date] 'written' is not a valid date: '2026-02-30' — write dates as "
                        + "YYYY-MM-DD, e.g. 2026-03-15; a publication date may have a time, e.g. 2026-03-15T09:00:00+08:00");
    }

    @Test
    void traditionalConvertsTheWordsNotTheQuotedContent() {
        assertThat(UNKNOWN_ORGAN.format(DiagnosticLanguage.ZH_HANT)).isEqualTo(
                "items/czj/2026/budget.md:3:8: 錯誤 [unknown-organ] 未知的發佈機構“caizheng” — 使用 site.yaml 中定義的機構 id：xzfb, czj, jyj");
    }

    @Test
    void languagesByTag() {
        assertThat(DiagnosticLanguage.of("zh-CN")).contains(DiagnosticLanguage.ZH_HANS);
        assertThat(DiagnosticLanguage.of("zh-TW")).contains(DiagnosticLanguage.ZH_HANT);
        assertThat(DiagnosticLanguage.of("en-GB")).contains(DiagnosticLanguage.EN);
        assertThat(DiagnosticLanguage.of("fr")).isEmpty();
        assertThat(DiagnosticLanguage.DEFAULT).isEqualTo(DiagnosticLanguage.ZH_HANS);
    }

    /** Every code says what is wrong and how to fix it, in both catalogs, with the same placeholders. */
    @Test
    void everyCodeHasAMessageAndAHintInBothLanguages() {
        for (Code code : Code.values()) {
            for (DiagnosticLanguage language : List.of(DiagnosticLanguage.ZH_HANS, DiagnosticLanguage.EN)) {
                Set<String> keys = MessageCatalog.of(language).keys();
                assertThat(keys).as("%s: %s", language, code.id()).contains(code.id(), code.id() + ".hint");
            }
            Diagnostic d = new Diagnostic(code, "items/x.md", 1, 1, List.of("甲", "乙", "丙", "丁", "戊"));
            assertThat(placeholders(d, DiagnosticLanguage.ZH_HANS)).as("same values named in zh-Hans and en: %s", code.id())
                    .isEqualTo(placeholders(d, DiagnosticLanguage.EN));
        }
    }

    /** A Chinese message is written in Chinese: not an English sentence left behind (keys and values aside). */
    @Test
    void chineseMessagesAreChinese() {
        List<String> notChinese = new java.util.ArrayList<>();
        for (Code code : Code.values()) {
            Diagnostic d = new Diagnostic(code, "", 0, 0, List.of());
            for (String text : List.of(d.message(DiagnosticLanguage.ZH_HANS), d.hint(DiagnosticLanguage.ZH_HANS))) {
                // A template that is only placeholders ("{0}：{1}") has no words here: they come from elsewhere
                // (a Phrase, translated in its own right).
                if (text.codePoints().anyMatch(Character::isLetter) && text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    notChinese.add(code.id() + ": " + text);
                }
            }
        }
        assertThat(notChinese).as("zh-Hans messages without a Chinese word").isEmpty();
    }

    /** The JSON keeps the stable code and position whatever the language; only the words change. */
    @Test
    void theJsonKeepsTheCodeInEveryLanguage() {
        String zh = DiagnosticsJson.write(List.of(UNKNOWN_ORGAN), DiagnosticLanguage.ZH_HANS);
        String en = DiagnosticsJson.write(List.of(UNKNOWN_ORGAN), DiagnosticLanguage.EN);
        for (String json : List.of(zh, en)) {
            assertThat(json).contains("\"code\": \"unknown-organ\"", "\"file\": \"items/czj/2026/budget.md\"",
                    "\"line\": 3", "\"column\": 8", "\"severity\": \"error\"");
        }
        assertThat(zh).contains("\"language\": \"zh-Hans\"", "未知的发布机构");
        assertThat(en).contains("\"language\": \"en\"", "unknown organ 'caizheng'");
        assertThat(GithubAnnotations.format(UNKNOWN_ORGAN, "content", DiagnosticLanguage.ZH_HANS))
                .startsWith("::error file=content/items/czj/2026/budget.md,line=3,col=8,title=unknown-organ::未知的发布机构");
    }

    /** Which of the values 甲…戊 a code's message and hint show: both languages must name the same ones. */
    private static Set<String> placeholders(Diagnostic d, DiagnosticLanguage language) {
        String text = d.message(language) + " " + d.hint(language);
        Set<String> out = new TreeSet<>();
        for (String v : List.of("甲", "乙", "丙", "丁", "戊")) {
            if (text.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}
