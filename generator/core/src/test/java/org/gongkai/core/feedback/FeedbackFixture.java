package org.gongkai.core.feedback;

import java.nio.file.Path;

import org.gongkai.core.FixtureSite;

/**
 * A small site with a 意见箱 (form, e-mail, GitHub; a commitment of 5 working days) and replies of two years whose
 * working days are counted by hand below, with the fixture's holidays (2026-01-01, 05-01, 05-04, 05-05; 05-09 a
 * working Saturday). Counted from the day after receipt to the day of publication, as the check does:
 *
 * <pre>
 *   reply       organ received    published   working days                                 within 5?
 *   noise       fin   2026-04-27  2026-05-08  04-28 04-29 04-30 05-06 05-07 05-08 = 6      late
 *   fees        gov   2026-03-02  2026-03-04  03-03 03-04 = 2                              yes
 *   new-year    gov   2025-12-29  2026-01-05  12-30 12-31 01-02 01-05 = 4                  yes
 *   well        vil   2025-11-03  2025-11-05  11-04 11-05 = 2                              yes
 *   (scheduled, draft and withdrawn replies: neither listed nor counted)
 * </pre>
 *
 * 2026: 3 published, 2 within the commitment, (6 + 2 + 4) / 3 = 4.0 working days; 2025: 1, 1, 2.0.
 * Newest first: noise, fees, new-year, well.
 */
final class FeedbackFixture {
    static final String FORM = "https://liuyan.test.example/submit?site=0000000001&from=gk";
    static final String FEEDBACK = """
            feedback:
              form: "%s"
              mailto: liuyan@test.example
              github: test-county/gongkai
              reply-within: 5
            """.formatted(FORM);
    static final String CATALOG = FixtureSite.CATALOG_YAML + """
              - id: hudong
                name: 互动交流
                children:
                  - id: liuyan
                    name: 留言答复
            """;

    private FeedbackFixture() {
    }

    static FixtureSite site(Path dir) {
        FixtureSite site = FixtureSite.in(dir);
        site.write("content/site.yaml", FixtureSite.SITE_YAML + FEEDBACK);
        site.write("content/catalog.yaml", CATALOG);
        reply(site, "fin/2026/noise.md", "fin", "关于夜间施工噪声的答复", "2026-04-27", "2026-05-08", "网站",
                "我家附近的工地每天夜里施工到十二点，噪声很大，请问有没有人管？", "经核查，已责令施工单位停止夜间施工。\n");
        reply(site, "gov/2026/fees.md", "gov", "关于办事收费标准的答复", "2026-03-02", "2026-03-04", "电子邮件",
                "办理营业执照要交哪些费用？", "办理营业执照不收取任何费用。\n");
        reply(site, "gov/2026/new-year.md", "gov", "关于元旦期间办事时间的答复", "2025-12-29", "2026-01-05", "GitHub",
                "元旦期间政务服务中心是否开放？", "元旦假期政务服务中心暂停对外服务。\n");
        reply(site, "vil/2025/well.md", "vil", "关于村里饮水井维修的答复", "2025-11-03", "2025-11-05", "其他",
                "村东头的饮水井坏了，什么时候修？", "已安排维修，11月10日前完工。\n");
        reply(site, "gov/2026/scheduled.md", "gov", "尚未发布的答复", "2026-06-26", "2026-07-01", "网站",
                "这条答复还没有到发布时间。", "定时发布。\n");
        site.item("gov/2026/draft.md", """
                title: 草稿中的答复
                organ: gov
                category: liuyan
                written: 2026-05-20
                published: 2026-05-21
                draft: true
                reply-to: {received: 2026-05-19, question: 草稿里的留言}
                """, "草稿。\n");
        site.item("gov/2026/withdrawn.md", """
                title: 已撤回的答复
                organ: gov
                category: liuyan
                written: 2026-05-20
                published: 2026-05-21
                withdrawn: {date: 2026-05-22, reason: 答复有误}
                reply-to: {received: 2026-05-19, question: 已撤回答复的留言}
                """, "撤回。\n");
        return site;
    }

    static void reply(FixtureSite site, String file, String organ, String title, String received, String published,
                      String channel, String question, String body) {
        site.item(file, """
                title: %s
                organ: %s
                category: liuyan
                written: %s
                published: %s
                reply-to:
                  received: %s
                  question: "%s"
                  channel: %s
                """.formatted(title, organ, published, published, received, question, channel), body);
    }
}
