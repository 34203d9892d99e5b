package org.gongkai.core.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongkai.core.content.Attachment;
import org.gongkai.core.content.BodyLink;
import org.gongkai.core.content.Catalog;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.ItemRef;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.Validity;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.Phrase;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * The check stage (先审核后公开): schema rules that need the whole site (organs, categories, references, duplicate
 * 索引号, attachments, file placement), the privacy aid and timeliness. Reports into {@link Diagnostics}.
 */
public final class ContentChecker {
    private final Diagnostics diagnostics;
    private TextScanCache scans;

    public ContentChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Preview only (see {@link TextScanCache}): builds scan every item. */
    public ContentChecker withTextScanCache(TextScanCache cache) {
        this.scans = cache;
        return this;
    }

    /** Checks the content as of {@code today} (China time): dates such as 复核日期 are judged against it. */
    public void check(Content content, java.time.LocalDate today) {
        References refs = new References(content.items());
        Map<String, Item> indexes = new HashMap<>();
        Pattern indexPattern = IndexPattern.compile(content.site().indexPattern());
        PrivacyScanner privacy = new PrivacyScanner(diagnostics);
        List<org.gongkai.core.content.Formulation> formulations = new java.util.ArrayList<>(BuiltIn.FORMULATIONS);
        formulations.addAll(content.site().formulations());
        FormulationCheck wording = new FormulationCheck(diagnostics, formulations);
        for (Item item : content.items()) {
            Optional<Organ> organ = content.site().organ(item.organ());
            if (organ.isEmpty()) {
                diagnostics.add(Code.UNKNOWN_ORGAN, item.at("organ"), item.organ(),
                        String.join(", ", content.site().organsById().keySet()));
            }
            Optional<Category> category = content.catalog().get(item.category());
            if (category.isEmpty()) {
                diagnostics.add(Code.UNKNOWN_CATEGORY, item.at("category"), item.category(),
                        String.join(", ", content.catalog().all().stream().limit(5).map(Category::id).toList()));
            }
            if (organ.isPresent() && category.isPresent()) {
                checkCategoryRules(item, organ.get(), category.get(), content.catalog());
            }
            checkPlacement(item);
            checkIndex(item, organ, indexes, indexPattern, content.site().indexPattern());
            checkReferences(item, refs);
            checkAttachments(item, content);
            category.ifPresent(c -> Timeliness.check(item, c, content.site().holidays(), diagnostics));
            ReplyCheck.check(item, content.site().feedback().replyWithin(), content.site().holidays(), diagnostics);
            item.reviewBy().filter(d -> d.isBefore(today))
                    .ifPresent(d -> diagnostics.add(Code.REVIEW_OVERDUE, item.at("review-by"), d));
            checkExpiry(item, content.catalog(), today);
        }
        // The text scans are most of the stage's time and independent per item; Diagnostics is thread-safe and
        // sorted in a total order, so the report does not depend on which thread found what first.
        if (scans == null) {
            content.items().parallelStream().forEach(item -> {
                privacy.scan(item);
                wording.check(item);
            });
        } else {
            scans.begin(formulations);
            content.items().parallelStream().forEach(item -> {
                List<Diagnostic> known = scans.get(item);
                if (known == null) {
                    Diagnostics own = new Diagnostics();
                    new PrivacyScanner(own).scan(item);
                    new FormulationCheck(own, formulations).check(item);
                    known = own.sorted();
                    scans.put(item, known);
                }
                known.forEach(diagnostics::add);
            });
            scans.end(content.items());
        }
        CadenceCheck.check(content, today, diagnostics);
        reportUnattached(content);
        refuseActiveAttachments(content);
        new RegisterCheck(diagnostics).check(content, today);
        new SiteMarksCheck(diagnostics).check(content);
    }

    /** The built-in list of 严重表述错误, read once from the jar. */
    private static final class BuiltIn {
        static final List<org.gongkai.core.content.Formulation> FORMULATIONS =
                org.gongkai.core.load.FormulationReader.builtIn();
    }

    private void checkCategoryRules(Item item, Organ organ, Category category, Catalog catalog) {
        if (!category.appliesTo().isEmpty() && !category.appliesTo().contains(organ.type())) {
            diagnostics.add(Code.CATEGORY_NOT_FOR_ORGAN, item.at("category"), category.name(), organ.type());
        }
        for (String key : category.required()) {
            if (!hasValue(item, key)) {
                diagnostics.add(Code.REQUIRED_BY_CATEGORY, new SourcePosition(item.file(), 1, 1), category.name(),
                        new Field(key), key);
            }
        }
    }

    /** A required key must be there with a value: {@code doc-number: ""} from a scaffold does not count. */
    private static boolean hasValue(Item item, String key) {
        return switch (key) {
            case "doc-number" -> !item.docNumber().isEmpty();
            case "summary" -> !item.summary().isEmpty();
            case "keywords" -> !item.keywords().isEmpty();
            case "index" -> !item.index().isEmpty();
            case "attachments" -> !item.attachments().isEmpty();
            case "published" -> item.published().isPresent();
            default -> item.keyPositions().containsKey(key)
                    && !String.valueOf(item.extra().getOrDefault(key, "x")).isBlank();
        };
    }

    private void checkPlacement(Item item) {
        String[] parts = item.file().split("/");
        String expected = "items/" + item.organ() + "/" + item.written().getYear() + "/";
        if (parts.length != 4 || !item.file().startsWith(expected)) {
            diagnostics.add(Code.MISPLACED_FILE, SourcePosition.of(item.file()), expected);
        }
    }

    private void checkIndex(Item item, Optional<Organ> organ, Map<String, Item> seen, Pattern pattern, String patternText) {
        if (item.index().isEmpty()) {
            if (item.keyPositions().containsKey("index") || isPublishable(item)) {
                diagnostics.add(Code.MISSING_INDEX, new SourcePosition(item.file(), 1, 1));
            }
            return;
        }
        // Compared in normal form: a zero-width space or full-width digits do not make a second 索引号.
        Item other = seen.putIfAbsent(org.gongkai.core.load.LookAlikes.normalized(item.index()), item);
        if (other != null) {
            diagnostics.add(Code.DUPLICATE_INDEX, item.at("index"), item.index(), other.file());
        }
        if (organ.isPresent() && !IndexPattern.matches(pattern, item.index(), organ.get())) {
            diagnostics.add(Code.INDEX_PATTERN, item.at("index"), item.index(), patternText,
                    IndexPattern.example(patternText, organ.get(), item.written().getYear()));
        }
    }

    private static boolean isPublishable(Item item) {
        return item.disclosure() == org.gongkai.core.content.Disclosure.PROACTIVE;
    }

    private void checkReferences(Item item, References refs) {
        item.interprets().ifPresent(r -> resolve(item, r, "interprets", refs));
        item.repealedBy().ifPresent(r -> resolve(item, r, "repealed-by", refs));
        item.related().forEach(r -> resolve(item, r, "related", refs));
        if (item.validity() == Validity.REPEALED && item.repealedBy().isEmpty()) {
            diagnostics.add(Code.REPEALED_WITHOUT_SUCCESSOR, item.at("validity"));
        }
        if (item.repealedBy().isPresent() && item.validity() != Validity.REPEALED) {
            diagnostics.add(Code.REPEALED_BY_BUT_VALID, item.at("repealed-by"));
        }
    }

    /**
     * A 规范性文件 past its {@code valid-until} that still says {@code validity: valid}: the portal shows it as 已失效
     * by itself, but the file says otherwise, and the editor should say what happened (expired, repealed, or
     * prolonged with a new date).
     */
    private void checkExpiry(Item item, Catalog catalog, java.time.LocalDate today) {
        if (item.validity() == Validity.VALID && item.validityOn(today) == Validity.EXPIRED && catalog.isNormative(item)) {
            diagnostics.add(Code.EXPIRED_BUT_VALID, item.at("valid-until"), item.validUntil().orElseThrow(),
                    item.expiredSince(today).orElseThrow());
        }
    }

    private void resolve(Item item, ItemRef ref, String key, References refs) {
        Optional<Item> target = refs.resolve(ref);
        if (target.isEmpty()) {
            diagnostics.add(Code.UNKNOWN_REFERENCE, ref.at(), new Field(key), ref.target());
        } else if (target.get() == item) {
            diagnostics.add(Code.SELF_REFERENCE, ref.at(), new Field(key));
        }
    }

    /** Attachments come from content/attachments/ only: never from items, the register or anywhere else. */
    private void checkAttachments(Item item, Content content) {
        for (Attachment a : item.attachments()) {
            String path = a.path();
            boolean viaLink = content.outside().stream().anyMatch(o -> path.equals(o) || path.startsWith(o + "/"));
            if (!path.startsWith("attachments/")) {
                diagnostics.add(Code.ATTACHMENT_OUTSIDE, a.at(), a.file());
            } else if (viaLink) {
                diagnostics.add(Code.OUTSIDE_CONTENT, a.at(), a.file());
            } else if (!content.attachments().containsKey(path)) {
                diagnostics.add(Code.ATTACHMENT_MISSING, a.at(), a.file());
            }
        }
    }

    /**
     * File types a browser runs rather than shows (web pages, SVG, scripts) or a visitor's computer runs
     * (programs): published under the portal's domain, a pull request's file would speak with the office's
     * authority, read its visitors' data, or be mistaken for its software. Refused by name, wherever listed.
     */
    static final Set<String> ACTIVE_TYPES = Set.of("html", "htm", "xhtml", "shtml", "mht", "mhtml", "svg", "svgz",
            "xml", "xsl", "xslt", "js", "mjs", "swf", "hta", "php", "jsp", "asp", "aspx", "exe", "msi", "bat",
            "cmd", "com", "scr", "ps1", "vbs", "sh", "jar", "apk", "dll", "lnk", "wasm");

    private void refuseActiveAttachments(Content content) {
        content.attachments().keySet().stream().sorted().forEach(p -> {
            String name = p.substring(p.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
            if (ACTIVE_TYPES.contains(ext)) {
                diagnostics.add(Code.ACTIVE_ATTACHMENT, SourcePosition.of(p), p, ext);
            }
        });
    }

    /**
     * Every file under attachments/ is used by some item, or reported: nothing is dropped in silence. Listed under
     * an item's attachments, or linked (or shown as an image) from an item's or a page's body: either way it is
     * copied into the portal with the page that uses it.
     */
    private void reportUnattached(Content content) {
        Set<String> used = new HashSet<>();
        content.items().forEach(i -> i.attachments().forEach(a -> used.add(a.path())));
        used.add(content.site().marks().conacImage()); // the footer's mark images
        used.add(content.site().marks().policeIcon());
        String baseUrl = content.site().baseUrl();
        java.util.function.Consumer<List<BodyLink>> linked = links -> links.forEach(l ->
                BodyLinks.attachment(l.destination(), baseUrl).ifPresent(used::add));
        content.items().forEach(i -> linked.accept(i.links()));
        content.pages().forEach(p -> linked.accept(p.links()));
        content.attachments().keySet().stream().filter(p -> !used.contains(p)).sorted().forEach(p ->
                diagnostics.add(Code.IGNORED_FILE, SourcePosition.of(p), Phrase.of(UnusedFile.NOT_ATTACHED),
                        Phrase.hint(UnusedFile.NOT_ATTACHED)));
    }
}
