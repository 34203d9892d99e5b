package org.gongkai.core.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.content.Alias;
import org.gongkai.core.content.Attachment;
import org.gongkai.core.content.Audience;
import org.gongkai.core.content.BodyLink;
import org.gongkai.core.content.ChangeNote;
import org.gongkai.core.content.Disclosure;
import org.gongkai.core.content.Genre;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.ItemRef;
import org.gongkai.core.content.Language;
import org.gongkai.core.content.NoticePeriod;
import org.gongkai.core.content.ReplyTo;
import org.gongkai.core.content.Validity;
import org.gongkai.core.content.Withdrawal;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.SourcePosition;

/** Types the front-matter of one item file; every problem becomes a diagnostic at its line. */
final class ItemLoader {
    private final Diagnostics diagnostics;
    private final Language defaultLanguage;

    ItemLoader(Diagnostics diagnostics, Language defaultLanguage) {
        this.diagnostics = diagnostics;
        this.defaultLanguage = defaultLanguage;
    }

    /**
     * Empty when the item is too broken to take part in the build (its problems are reported); {@code links} are the
     * body's, read with it ({@link BodyReader}).
     */
    Optional<Item> read(String file, YamlNode.Mapping fm, String body, int bodyLine, List<BodyLink> links) {
        FieldReader f = new FieldReader(fm, diagnostics);
        Optional<String> title = f.text("title", true);
        Optional<String> organ = f.text("organ", true);
        Optional<String> category = f.text("category", true);
        Optional<LocalDate> written = f.date("written", true);
        var published = f.dateTime("published");
        String index = f.text("index", "");
        String docNumber = f.text("doc-number", "");
        f.plainIdentifier("index", true);
        f.plainIdentifier("doc-number", false);
        Genre genre = f.choice("genre", Genre.class, Genre.OTHER);
        Disclosure disclosure = f.choice("disclosure", Disclosure.class, Disclosure.PROACTIVE);
        Audience audience = f.choice("audience", Audience.class, Audience.PUBLIC);
        Validity validity = f.choice("validity", Validity.class, Validity.VALID);
        Optional<ItemRef> repealedBy = ref(f, "repealed-by");
        Optional<LocalDate> validUntil = f.date("valid-until", false);
        Optional<NoticePeriod> notice = f.mapping("notice-period", false).flatMap(this::noticePeriod);
        Optional<ItemRef> interprets = ref(f, "interprets");
        List<ItemRef> related = f.texts("related").stream().map(t -> new ItemRef(t.value(), t.at())).toList();
        List<String> keywords = f.texts("keywords").stream().map(FieldReader.Text::value).toList();
        String summary = f.text("summary", "");
        List<Attachment> attachments = new ArrayList<>();
        for (YamlNode.Mapping m : f.mappings("attachments")) {
            FieldReader a = new FieldReader(m, diagnostics);
            Optional<String> path = a.text("file", true);
            String atitle = a.text("title", "");
            a.rejectUnknown(Section.ATTACHMENT);
            path.ifPresent(p -> attachments.add(new Attachment(p, atitle.isEmpty() ? fileName(p) : atitle, a.at("file"))));
        }
        Language lang = f.text("lang", false).flatMap(tag -> {
            Optional<Language> l = Language.of(tag).filter(x -> x != Language.EN);
            if (l.isEmpty()) {
                diagnostics.add(Code.BAD_VALUE, f.at("lang"), new Field("lang"), tag, "zh-Hans, zh-Hant");
            }
            return l;
        }).orElse(defaultLanguage == Language.EN ? Language.ZH_HANS : defaultLanguage);
        String slug = f.text("slug", false).orElse(stem(file));
        // An invisible character is reported as such, not as a misspelt slug.
        if (f.plainIdentifier("slug", true) && !slug.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            SourcePosition at = f.has("slug") ? f.at("slug") : new SourcePosition(file, 1, 0);
            diagnostics.add(Code.BAD_SLUG, at, slug);
        }
        List<Alias> aliases = f.texts("aliases").stream().filter(t -> f.plainIdentifier("aliases", t, true))
                .map(t -> new Alias(t.value(), t.at())).toList();
        List<ChangeNote> changes = new ArrayList<>();
        for (YamlNode.Mapping m : f.mappings("changes")) {
            FieldReader c = new FieldReader(m, diagnostics);
            Optional<LocalDate> date = c.date("date", true);
            Optional<String> note = c.text("note", true);
            c.rejectUnknown(Section.CHANGE_NOTE);
            if (date.isPresent() && note.isPresent()) {
                changes.add(new ChangeNote(date.get(), note.get()));
            }
        }
        changes.sort(java.util.Comparator.comparing(ChangeNote::date));
        Optional<Withdrawal> withdrawn = f.mapping("withdrawn", false).flatMap(m -> {
            FieldReader w = new FieldReader(m, diagnostics);
            Optional<LocalDate> date = w.date("date", true);
            Optional<String> reason = w.text("reason", true);
            w.rejectUnknown(Section.WITHDRAWN);
            return date.map(d -> new Withdrawal(d, reason.orElse("")));
        });
        Optional<LocalDate> reviewBy = f.date("review-by", false);
        Optional<ReplyTo> replyTo = f.mapping("reply-to", false)
                .flatMap(m -> replyTo(m, fm.entries().get("reply-to").keyAt()));
        boolean draft = f.bool("draft", false);
        Map<String, Object> extra = f.remaining();

        Map<String, SourcePosition> positions = f.positions();
        if (title.isEmpty() || organ.isEmpty() || category.isEmpty() || written.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Item(file, title.get(), organ.get(), category.get(), written.get(), published, index,
                docNumber, genre, disclosure, audience, validity, repealedBy, validUntil, notice, interprets, related,
                keywords, summary, attachments, lang, slug, aliases, changes, withdrawn, reviewBy, replyTo, draft, extra,
                body, bodyLine, links, positions));
    }

    /** The citizen's message an answer replies to: when it came, what it said (as published), how it came. */
    private Optional<ReplyTo> replyTo(YamlNode.Mapping m, SourcePosition keyAt) {
        FieldReader f = new FieldReader(m, diagnostics, "reply-to.");
        Optional<LocalDate> received = f.date("received", true);
        Optional<String> question = f.text("question", true);
        Optional<ReplyTo.Channel> channel = f.text("channel", false).flatMap(c -> {
            Optional<ReplyTo.Channel> known = ReplyTo.Channel.of(c);
            if (known.isEmpty()) {
                diagnostics.add(Code.BAD_VALUE, f.at("channel"), f.field("channel"), c, String.join(", ",
                        java.util.Arrays.stream(ReplyTo.Channel.values()).map(ReplyTo.Channel::label).toList()));
            }
            return known;
        });
        f.rejectUnknown(Section.REPLY_TO);
        if (received.isEmpty() || question.isEmpty()) {
            return Optional.empty();
        }
        // Where the text itself starts, one column after an opening quote: the checks count columns from there.
        SourcePosition questionAt = m.get("question").filter(n -> n instanceof YamlNode.Scalar s && s.quoted())
                .map(n -> new SourcePosition(n.at().file(), n.at().line(), n.at().column() + 1)).orElse(f.at("question"));
        return Optional.of(new ReplyTo(received.get(), question.get(), channel, keyAt, f.at("received"), questionAt));
    }

    private Optional<ItemRef> ref(FieldReader f, String key) {
        return f.text(key, false).map(t -> new ItemRef(t, f.at(key)));
    }

    private Optional<NoticePeriod> noticePeriod(YamlNode.Mapping m) {
        FieldReader f = new FieldReader(m, diagnostics);
        Optional<LocalDate> from = f.date("from", true);
        Optional<LocalDate> to = f.date("to", true);
        f.rejectUnknown(Section.NOTICE_PERIOD);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            diagnostics.add(Code.DATES_OUT_OF_ORDER, f.at("to"), new Field("to"), to.get(), new Field("from"), from.get());
            return Optional.empty();
        }
        return Optional.of(new NoticePeriod(from.get(), to.get()));
    }

    static String stem(String file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
