package org.gongkai.core.content;

import java.util.List;
import java.util.Optional;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * The 意见箱 of site.yaml: the channels through which the public writes to the office, and the office's own
 * commitment to reply within {@code replyWithin} working days (its 政府网站留言办理 rules; 国办秘函〔2019〕19号 fails a
 * site whose 互动回应类栏目 go unanswered). Each channel is vetted by the loader: a form posts to an https endpoint
 * the office runs, an e-mail address is an address, a GitHub repository is {@code owner/repo}, a link is http(s).
 * No channel: the portal has no 意见箱 page.
 */
public record Feedback(List<Channel> channels, int replyWithin, SourcePosition at) {

    /** The working days an office commonly promises when it says nothing (many 留言办理 rules say 10). */
    public static final int DEFAULT_REPLY_WITHIN = 10;
    public static final int MAX_REPLY_WITHIN = 60;
    /** The issue form a {@link Kind#GITHUB} channel opens: {@code .github/ISSUE_TEMPLATE/feedback.yml}. */
    public static final String GITHUB_TEMPLATE = "feedback.yml";

    /** How a message reaches the office, in the order the 意见箱 page offers them. */
    public enum Kind { FORM, MAILTO, GITHUB, LINK }

    /** One channel: {@code value} is the endpoint, the address, {@code owner/repo} or the page, as vetted. */
    public record Channel(Kind kind, String value, SourcePosition at) {
    }

    public Feedback {
        channels = List.copyOf(channels);
    }

    public static Feedback none(SourcePosition at) {
        return new Feedback(List.of(), DEFAULT_REPLY_WITHIN, at);
    }

    /** True when the site has a 意见箱: then every page links its page. */
    public boolean configured() {
        return !channels.isEmpty();
    }

    public Optional<Channel> channel(Kind kind) {
        return channels.stream().filter(c -> c.kind() == kind).findFirst();
    }

    /** Where a {@link Kind#GITHUB} channel sends people: a new issue with the feedback form. */
    public static String githubNewIssue(String ownerRepo) {
        return "https://github.com/" + ownerRepo + "/issues/new?template=" + GITHUB_TEMPLATE;
    }
}
