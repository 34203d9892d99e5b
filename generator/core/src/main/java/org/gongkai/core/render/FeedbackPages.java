package org.gongkai.core.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.core.content.Feedback;
import org.gongkai.core.content.ReplyTo;
import org.gongkai.core.content.SiteConfig;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.PortalLayout;
import org.gongkai.core.model.SiteModel;
import org.gongkai.core.render.view.FeedbackView;
import org.gongkai.core.render.view.LinkView;
import org.gongkai.core.render.view.ReplyView;
import org.gongkai.core.render.view.ReplyYearView;

/**
 * 意见箱 ({@code feedback/}), written when site.yaml configures one: its channels (a plain HTML form posting to the
 * office's endpoint, which works without JavaScript; an e-mail address; GitHub issues, said to be public; another
 * page), the office's reply commitment, the published replies newest first, and 留言受理反馈情况统计 per year of
 * publication (replies published, within the commitment, average working days from receipt to reply). Only listed
 * entries are counted: a draft, scheduled, withdrawn or non-public reply is neither shown nor counted.
 */
final class FeedbackPages {
    private final PortalRenderer r;
    private final SiteModel model;

    FeedbackPages(PortalRenderer r, SiteModel model) {
        this.r = r;
        this.model = model;
    }

    /** Whether the build writes the 意见箱 page (and every footer links it). */
    static boolean written(SiteModel model) {
        return model.content().site().feedback().configured();
    }

    /** The page's href for the sitemap, when it is written. */
    static List<String> hrefs(SiteModel model) {
        return written(model) ? List.of(PortalLayout.FEEDBACK) : List.of();
    }

    void addTo(OutputPlan out) {
        if (!written(model)) {
            return;
        }
        SiteConfig site = model.content().site();
        String title = r.t("feedback.title");
        List<Entry> replies = model.listed().stream().filter(e -> e.item().replyTo().isPresent()).toList();
        r.emit(out, "feedback", r.page(PortalLayout.file(PortalLayout.FEEDBACK), title, title,
                List.of(new LinkView(title, PortalLayout.FEEDBACK)), ""), () -> {
                    List<ReplyView> views = replies.stream().map(e -> reply(e, site)).toList();
                    return PortalRenderer.vars("feedback", view(site.feedback()), "replies", views,
                            "years", statistics(views));
                });
    }

    static FeedbackView view(Feedback f) {
        String github = value(f, Feedback.Kind.GITHUB);
        return new FeedbackView(value(f, Feedback.Kind.FORM), value(f, Feedback.Kind.MAILTO), github,
                github.isEmpty() ? "" : Feedback.githubNewIssue(github), value(f, Feedback.Kind.LINK), f.replyWithin());
    }

    private static String value(Feedback f, Feedback.Kind kind) {
        return f.channel(kind).map(Feedback.Channel::value).orElse("");
    }

    /** A reply as its item page and the 意见箱 show it; {@code e} has a {@code reply-to}. */
    static ReplyView reply(Entry e, SiteConfig site) {
        ReplyTo q = e.item().replyTo().orElseThrow();
        LocalDate published = e.firstPublished();
        int days = site.holidays().workingDaysBetween(q.received(), published);
        return new ReplyView(new LinkView(e.item().title(), e.url()), e.organ().name(), q.received().toString(),
                published.toString(), q.channel().map(ViewFactory::key).orElse(""), paragraphs(q.question()),
                days, !published.isBefore(q.received()) && days <= site.feedback().replyWithin());
    }

    /** The message's lines as paragraphs (a YAML block keeps the editor's line breaks). */
    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Per year of publication, newest year first; {@code replies} are the listed ones. */
    static List<ReplyYearView> statistics(List<ReplyView> replies) {
        Map<Integer, List<ReplyView>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        replies.forEach(v -> byYear.computeIfAbsent(LocalDate.parse(v.published()).getYear(), y -> new ArrayList<>()).add(v));
        List<ReplyYearView> out = new ArrayList<>();
        byYear.forEach((year, of) -> {
            int onTime = (int) of.stream().filter(ReplyView::onTime).count();
            double average = of.stream().mapToInt(ReplyView::workingDays).average().orElse(0);
            out.add(new ReplyYearView(year, of.size(), onTime, String.format(Locale.ROOT, "%.1f", average)));
        });
        return out;
    }
}
