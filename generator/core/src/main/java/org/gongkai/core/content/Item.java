package org.gongkai.core.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.diagnostic.SourcePosition;

/**
 * One disclosure item as written: front-matter typed, body kept as Markdown. Optional values are empty strings
 * or empty {@link Optional}s; {@code file} is relative to the content folder. {@code replyTo}: the 意见箱 message
 * this item answers (its body is the answer). {@code links}: the body's links and images, read with the file.
 */
public record Item(
        String file,
        String title,
        String organ,
        String category,
        LocalDate written,
        Optional<OffsetDateTime> published,
        String index,
        String docNumber,
        Genre genre,
        Disclosure disclosure,
        Audience audience,
        Validity validity,
        Optional<ItemRef> repealedBy,
        Optional<LocalDate> validUntil,
        Optional<NoticePeriod> noticePeriod,
        Optional<ItemRef> interprets,
        List<ItemRef> related,
        List<String> keywords,
        String summary,
        List<Attachment> attachments,
        Language lang,
        String slug,
        List<Alias> aliases,
        List<ChangeNote> changes,
        Optional<Withdrawal> withdrawn,
        Optional<LocalDate> reviewBy,
        Optional<ReplyTo> replyTo,
        boolean draft,
        Map<String, Object> extra,
        String body,
        int bodyLine,
        List<BodyLink> links,
        Map<String, SourcePosition> keyPositions) {

    public Item {
        related = List.copyOf(related);
        keywords = List.copyOf(keywords);
        attachments = List.copyOf(attachments);
        aliases = List.copyOf(aliases);
        changes = List.copyOf(changes);
        links = List.copyOf(links);
        keyPositions = Map.copyOf(keyPositions);
    }

    /**
     * 有效性 on {@code day}: as written, except that a document written {@code valid} whose {@code valid-until} has
     * passed has expired by itself, without an edit. {@code valid-until} is the last day in force, as documents
     * write it (有效期至): on that day the document is still valid, from the next day on it has expired.
     */
    public Validity validityOn(LocalDate day) {
        if (validity == Validity.VALID && validUntil.filter(d -> d.isBefore(day)).isPresent()) {
            return Validity.EXPIRED;
        }
        return validity;
    }

    /**
     * The first day the document is no longer in force, when it has expired on {@code day} and its
     * {@code valid-until} says since when; empty otherwise (in force, repealed, or expired without a passed date).
     */
    public Optional<LocalDate> expiredSince(LocalDate day) {
        return validityOn(day) == Validity.EXPIRED
                ? validUntil.filter(d -> d.isBefore(day)).map(d -> d.plusDays(1)) : Optional.empty();
    }

    /** Where a key's value is written, for diagnostics; the file's start when unknown. */
    public SourcePosition at(String key) {
        return keyPositions.getOrDefault(key, new SourcePosition(file, 1, 1));
    }
}
