package org.gongkai.core.render.view;

import java.util.List;

/**
 * A published reply to a message of the 意见箱: the item that answers it, its organ, the day the message was
 * received and the day the answer went out, the channel (a key: website, email, github, other; empty when not
 * said), the message as published in paragraphs, the working days between the two days and whether they are
 * within the office's commitment.
 */
public record ReplyView(LinkView item, String organ, String received, String published, String channel,
                        List<String> question, int workingDays, boolean onTime) {
}
