package org.gongkai.core.render.view;

import java.util.List;
import java.util.Map;

/**
 * An item page. Strings are empty when absent; {@code interprets}/{@code repealedBy} are null when absent (or not
 * visible in this build); {@code bodyHtml} is sanitized HTML, the only value templates mark safe.
 * {@code genre}, {@code validity}, {@code disclosure}, {@code audience} are keys (e.g. regulation, repealed);
 * {@code validity} is the one on the build's day (a passed {@code validUntil} makes it expired), and
 * {@code expiredSince} the first day no longer in force when that is known.
 * {@code provenance} is empty in the public build; {@code reply} the 意见箱 message the item answers, or null.
 */
public record ItemView(String title, String lang, String index, LinkView organ, LinkView category, String written,
                       String published, String docNumber, String genre, String validity, String validUntil,
                       String expiredSince, String disclosure, String audience, String summary, List<String> keywords,
                       String bodyHtml,
                       List<AttachmentView> attachments, LinkView interprets, List<LinkView> interpretedBy,
                       LinkView repealedBy, List<LinkView> replaces, List<LinkView> related, NoticeView notice,
                       WithdrawalView withdrawn, List<ChangeView> changes, String firstPublished, String lastUpdated,
                       String reviewBy, List<String> marks, Map<String, Object> extra,
                       List<ProvenanceView> provenance, ReplyView reply) {
}
