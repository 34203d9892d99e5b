package org.gongkai.core.load;

/** What is wrong with a value of site.yaml's {@code feedback} (意见箱), named in {@code bad-feedback} messages. */
public enum FeedbackProblem {
    /** {@code form}: the page posts people's messages and contact details there, so only over https. */
    FORM_NOT_HTTPS,
    /** {@code mailto}: not an e-mail address. */
    BAD_EMAIL,
    /** {@code github}: not {@code owner/repo}. */
    BAD_REPOSITORY,
    /** {@code link} (or the plain-text form of {@code feedback}): not an http(s) address. */
    BAD_LINK,
    /** {@code reply-within}: outside 1 to 60 working days. */
    REPLY_WITHIN,
    /** A mapping without any channel: nowhere to write to. */
    NO_CHANNEL
}
