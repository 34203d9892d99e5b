package org.gongkai.core.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gongkai.core.FixtureSite;
import org.gongkai.core.content.Content;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.history.History;
import org.gongkai.core.load.ContentLoader;
import org.gongkai.core.model.BuildMode;
import org.gongkai.core.model.ModelBuilder;
import org.gongkai.core.model.SiteModel;

/**
 * A deterministic corpus of disclosure items for the search tests: titles, 发文字号, 索引号, keywords, summaries
 * and bodies made of real disclosure phrases, a fifth of the items written in Traditional script, spread over the
 * fixture's organs, categories, genres, validities and the years 2024–2026.
 */
final class SearchCorpus {
    static final String[] PHRASES = {
        "为进一步规范", "行政事业性收费管理", "切实保障群众合法权益", "结合本县实际", "现将有关事项通知如下",
        "各乡镇人民政府", "县直各部门", "认真贯彻落实", "乡村振兴战略", "持续优化营商环境", "加强财政预算管理",
        "义务教育阶段学生资助", "基本公共卫生服务", "城乡居民医疗保险", "安全生产监督检查", "生态环境保护",
        "农村人居环境整治", "村集体经济组织", "一事一议财政奖补", "高标准农田建设", "防汛抗旱应急预案",
        "公共资源交易", "政府集中采购目录", "重大建设项目批准和实施", "就业创业补贴", "困难群众救助",
        "城乡低保", "特困人员供养", "残疾人两项补贴", "耕地地力保护补贴", "公示期内如有异议", "请向县政务公开办反映",
    };
    static final String[] TOPICS = {
        "财政预算", "收费标准", "医疗保险", "学生资助", "农田建设", "应急预案", "政府采购", "低保资金", "人居环境",
        "营商环境", "安全生产", "生态保护", "就业补贴", "土地流转", "村务监督", "道路改造", "饮水安全", "林地补偿",
    };
    static final String[] TITLES = {"关于%s的通知", "%s实施方案", "关于印发%s管理办法的通知", "%s工作情况报告",
        "关于%s的公告", "%s公示", "%s政策解读", "%s专项资金使用情况"};
    static final String[] GENRES = {"notice", "announcement", "decision", "opinion", "regulation", "plan", "report",
        "interpretation", "publicity", "other"};
    static final String[] LATIN = {"PM2.5", "5G", "COVID-19", "GDP", "ISO9001", "App"};

    private SearchCorpus() {
    }

    /** Simplified → Traditional, the inverse of the generated table (the first Traditional form of each). */
    static Map<Integer, Integer> toTraditional() {
        Map<Integer, Integer> m = new HashMap<>();
        int[] cps = TraditionalSimplified.table().codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i += 2) {
            m.putIfAbsent(cps[i + 1], cps[i]);
        }
        return m;
    }

    static String traditional(String s) {
        Map<Integer, Integer> m = TO_TRADITIONAL;
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.appendCodePoint(m.getOrDefault(cp, cp)));
        return sb.toString();
    }

    private static final Map<Integer, Integer> TO_TRADITIONAL = toTraditional();

    /** An item written by the corpus, as the tests query it. */
    record Written(String rel, String title, String docNumber, String index, String organ, String category,
                   String genre, String validity, int year, boolean traditional, String body) {
    }

    /** A fixture site of n corpus items, loaded and modelled as a public build on the fixture's day sees it. */
    record Site(List<Written> written, Content content, SiteModel model, List<SearchDocument> docs) {
    }

    static Site site(Path dir, int n, long seed) {
        return site(dir, n, seed, java.util.function.UnaryOperator.identity());
    }

    /** The same, each item's body as {@code bodies} makes it from the corpus's text. */
    static Site site(Path dir, int n, long seed, java.util.function.UnaryOperator<String> bodies) {
        FixtureSite site = FixtureSite.in(dir);
        List<Written> written = write(site, n, seed, bodies);
        Content content = new ContentLoader(new Diagnostics()).load(site.content()).orElseThrow();
        SiteModel model = new ModelBuilder(new Diagnostics()).build(content, History.none(), BuildMode.PUBLIC,
                FixtureSite.NOW);
        return new Site(written, content, model, SearchDocuments.of(model));
    }

    static List<Written> write(FixtureSite site, int n, long seed) {
        return write(site, n, seed, java.util.function.UnaryOperator.identity());
    }

    static List<Written> write(FixtureSite site, int n, long seed, java.util.function.UnaryOperator<String> bodies) {
        Random r = new Random(seed);
        List<Written> out = new ArrayList<>();
        Map<String, Integer> seq = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String organ = new String[] {"gov", "fin", "vil"}[r.nextInt(3)];
            String category = switch (organ) {
                case "gov" -> new String[] {"regulation", "interpretation", "budget"}[r.nextInt(3)];
                case "fin" -> new String[] {"budget", "regulation"}[r.nextInt(2)];
                default -> "village";
            };
            LocalDate written = LocalDate.of(2024, 1, 2).plusDays(r.nextInt(870));
            int year = written.getYear();
            String code = switch (organ) {
                case "gov" -> FixtureSite.GOV_CODE;
                case "fin" -> FixtureSite.FIN_CODE;
                default -> FixtureSite.VIL_CODE;
            };
            int s = seq.merge(organ + year, 1, Integer::sum);
            String index = code + "/" + year + "-" + String.format("%05d", s);
            String topic = TOPICS[r.nextInt(TOPICS.length)];
            String title = String.format(TITLES[r.nextInt(TITLES.length)], topic);
            if (r.nextInt(5) == 0) {
                title = title + "（" + LATIN[r.nextInt(LATIN.length)] + "）";
            }
            String docNumber = r.nextInt(3) == 0 ? "" : (organ.equals("fin") ? "测财" : organ.equals("gov") ? "测政发" : "河东村")
                    + "〔" + year + "〕" + (1 + r.nextInt(60)) + "号";
            String genre = GENRES[r.nextInt(GENRES.length)];
            String validity = r.nextInt(6) == 0 ? (r.nextBoolean() ? "expired" : "repealed") : "valid";
            StringBuilder body = new StringBuilder();
            int paragraphs = 1 + r.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                int sentences = 1 + r.nextInt(5);
                for (int k = 0; k < sentences; k++) {
                    body.append(PHRASES[r.nextInt(PHRASES.length)]);
                    if (r.nextInt(4) == 0) {
                        body.append(topic);
                    }
                    if (r.nextInt(8) == 0) {
                        body.append(r.nextInt(3000)).append("万元");
                    }
                    body.append(r.nextInt(3) == 0 ? "。" : "，");
                }
                body.append("\n\n");
            }
            boolean trad = r.nextInt(5) == 0;
            String summary = r.nextInt(3) == 0 ? topic + PHRASES[r.nextInt(PHRASES.length)] : "";
            String keywords = r.nextInt(2) == 0 ? "[" + topic + ", " + TOPICS[r.nextInt(TOPICS.length)] + "]" : "";
            String text = body.toString();
            if (trad) {
                title = traditional(title);
                text = traditional(text);
                summary = traditional(summary);
            }
            String slug = "item-" + i;
            String rel = organ + "/" + year + "/" + slug + ".md";
            StringBuilder fm = new StringBuilder();
            fm.append("title: \"").append(title).append("\"\n")
                    .append("organ: ").append(organ).append('\n')
                    .append("category: ").append(category).append('\n')
                    .append("written: ").append(written).append('\n')
                    .append("published: ").append(written.plusDays(1)).append('\n')
                    .append("index: ").append(index).append('\n')
                    .append("genre: ").append(genre).append('\n')
                    .append("validity: ").append(validity).append('\n');
            if (!docNumber.isEmpty()) {
                fm.append("doc-number: ").append(docNumber).append('\n');
            }
            if (!summary.isEmpty()) {
                fm.append("summary: ").append(summary).append('\n');
            }
            if (!keywords.isEmpty()) {
                fm.append("keywords: ").append(keywords).append('\n');
            }
            if (trad) {
                fm.append("lang: zh-Hant\n");
            }
            text = bodies.apply(text);
            site.item(rel, fm.toString(), text);
            out.add(new Written(rel, title, docNumber, index, organ, category, genre, validity,
                    written.plusDays(1).getYear(), trad, text));
        }
        return out;
    }
}
