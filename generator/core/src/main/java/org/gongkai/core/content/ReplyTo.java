package org.gongkai.core.content;

import java.time.LocalDate;
import java.util.Optional;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * {@code reply-to} of an item that answers a message of the 意见箱: the message as the office publishes it (personal
 * data removed), the day it was received and the channel it came through; the item's body is the answer.
 * {@code at} is the line of the {@code reply-to} key, {@code receivedAt} and {@code questionAt} those of the values.
 */
public record ReplyTo(LocalDate received, String question, Optional<Channel> channel, SourcePosition at,
                      SourcePosition receivedAt, SourcePosition questionAt) {

    /** The channel a message came through, written in front-matter as the office names it. */
    public enum Channel {
        WEBSITE("网站"), EMAIL("电子邮件"), GITHUB("GitHub"), OTHER("其他");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        /** As written in front-matter: 网站, 电子邮件, GitHub, 其他. */
        public String label() {
            return label;
        }

        public static Optional<Channel> of(String written) {
            for (Channel c : values()) {
                if (c.label.equalsIgnoreCase(written.strip())) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }
}
