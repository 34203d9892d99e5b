package org.gongkai.core.render.view;

/**
 * The 意见箱's channels as the page offers them, each empty when not configured: {@code form} the https endpoint the
 * page's form posts to, {@code mailto} an e-mail address, {@code github} owner/repo and {@code githubNewIssue} the
 * address of a new issue with the feedback form, {@code link} another page that takes messages; {@code replyWithin}
 * the office's reply commitment in working days.
 */
public record FeedbackView(String form, String mailto, String github, String githubNewIssue, String link,
                           int replyWithin) {
}
