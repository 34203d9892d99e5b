package org.gongkai.core.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gongkai.core.content.Catalog;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.Content;
import org.gongkai.core.content.Item;
import org.gongkai.core.content.ItemRef;
import org.gongkai.core.content.Organ;
import org.gongkai.core.content.Validity;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.diagnostic.Stage;

/**
 * The check stage (先审核后公开): schema rules that need the whole site (organs, categories, references, duplicate
 * 索引号, attachments, file placement), the privacy aid and timeliness. Reports into {@link Diagnostics}.
 */
public final class ContentChecker {
    private final Diagnostics diagnostics;

    public ContentChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Checks the content as of {@code today} (China time): dates such as 复核日期 are judged against it. */
    public void check(Content content, java.time.LocalDate today) {
        References refs = new References(content.items());
        Map<String, Item> indexes = new HashMap<>();
        Pattern indexPattern = IndexPattern.compile(content.site().indexPattern());
        PrivacyScanner privacy = new PrivacyScanner(diagnostics);
        for (Item item : content.items()) {
            Optional<Organ> organ = content.site().organ(item.organ());
            if (organ.isEmpty()) {
                diagnostics.error(Stage.CHECK, "unknown-organ", item.at("organ"), "unknown organ '" + item.organ() + "'",
                        "use one of the organ ids in site.yaml: " + String.join(", ", content.site().organsById().keySet()));
            }
            Optional<Category> category = content.catalog().get(item.category());
            if (category.isEmpty()) {
                diagnostics.error(Stage.CHECK, "unknown-category", item.at("category"), "unknown category '"
                        + item.category() + "'", "use a category id from catalog.yaml, e.g. "
                        + String.join(", ", content.catalog().all().stream().limit(5).map(Category::id).toList()));
            }
            if (organ.isPresent() && category.isPresent()) {
                checkCategoryRules(item, organ.get(), category.get(), content.catalog());
            }
            checkPlacement(item);
            checkIndex(item, organ, indexes, indexPattern, content.site().indexPattern());
            checkReferences(item, refs);
            checkAttachments(item, content.root());
            privacy.scan(item);
            category.ifPresent(c -> Timeliness.check(item, c, content.site().holidays(), diagnostics));
            item.reviewBy().filter(d -> d.isBefore(today)).ifPresent(d -> diagnostics.warning(Stage.CHECK, "review-overdue",
                    item.at("review-by"), "复核日期 " + d + " has passed: the policy was due to be re-checked",
                    "re-check it; then set a new 'review-by', or mark it 'validity: expired' or 'repealed'"));
        }
        CadenceCheck.check(content.catalog(), content.items(), today, diagnostics);
    }

    private void checkCategoryRules(Item item, Organ organ, Category category, Catalog catalog) {
        if (!category.appliesTo().isEmpty() && !category.appliesTo().contains(organ.type())) {
            diagnostics.warning(Stage.CHECK, "category-not-for-organ", item.at("category"), "category '"
                    + category.name() + "' is not meant for organs of type " + organ.type().name().toLowerCase(java.util.Locale.ROOT),
                    "choose a category for this organ, or add the type to 'applies-to' in catalog.yaml");
        }
        for (String key : category.required()) {
            if (!hasValue(item, key)) {
                diagnostics.error(Stage.CHECK, "missing-key", new SourcePosition(item.file(), 1, 1), "items in '"
                        + category.name() + "' need '" + key + "'", "add '" + key + ": …' to the front-matter");
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
            diagnostics.warning(Stage.CHECK, "misplaced-file", SourcePosition.of(item.file()), "the file is not in "
                    + expected, "move it to " + expected + " (the URL does not change when the file moves)");
        }
    }

    private void checkIndex(Item item, Optional<Organ> organ, Map<String, Item> seen, Pattern pattern, String patternText) {
        if (item.index().isEmpty()) {
            if (item.keyPositions().containsKey("index") || isPublishable(item)) {
                diagnostics.warning(Stage.CHECK, "missing-index", new SourcePosition(item.file(), 1, 1),
                        "the item has no 索引号", "run mvn gongkai:new to scaffold items with the next number, or add 'index:'");
            }
            return;
        }
        Item other = seen.putIfAbsent(item.index(), item);
        if (other != null) {
            diagnostics.error(Stage.CHECK, "duplicate-index", item.at("index"), "索引号 '" + item.index()
                    + "' is already used by " + other.file(), "an 索引号 is never reused: give this item the next free number");
        }
        if (organ.isPresent() && !IndexPattern.matches(pattern, item.index(), organ.get())) {
            diagnostics.warning(Stage.CHECK, "index-pattern", item.at("index"), "索引号 '" + item.index()
                    + "' does not follow the site's pattern " + patternText, "e.g. " + IndexPattern.example(patternText, organ.get(), item.written().getYear()));
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
            diagnostics.warning(Stage.CHECK, "repealed-without-successor", item.at("validity"),
                    "the item is repealed but does not say by what", "add 'repealed-by:' with the 索引号 of the new document");
        }
        if (item.repealedBy().isPresent() && item.validity() != Validity.REPEALED) {
            diagnostics.warning(Stage.CHECK, "repealed-by-but-valid", item.at("repealed-by"),
                    "'repealed-by' is set but validity is not 'repealed'", "set 'validity: repealed'");
        }
    }

    private void resolve(Item item, ItemRef ref, String key, References refs) {
        Optional<Item> target = refs.resolve(ref);
        if (target.isEmpty()) {
            diagnostics.error(Stage.CHECK, "unknown-reference", ref.at(), "'" + key + "' names '" + ref.target()
                    + "', which is no item's 索引号 or path", "write the 索引号 of the item, or its path such as items/czj/2026/budget.md");
        } else if (target.get() == item) {
            diagnostics.error(Stage.CHECK, "self-reference", ref.at(), "'" + key + "' names the item itself",
                    "name the other item");
        }
    }

    private void checkAttachments(Item item, Path root) {
        Path base = root.toAbsolutePath().normalize();
        item.attachments().forEach(a -> {
            Path p = base.resolve(a.file().startsWith("/") ? a.file().substring(1) : a.file()).normalize();
            if (!p.startsWith(base)) {
                diagnostics.error(Stage.CHECK, "attachment-outside", a.at(), "attachment '" + a.file()
                        + "' is outside the content folder", "copy the file into content/attachments/ and name it from there");
            } else if (!Files.isRegularFile(p)) {
                diagnostics.error(Stage.CHECK, "attachment-missing", a.at(), "attachment '" + a.file() + "' does not exist",
                        "add the file under content/ or fix the path (paths are relative to content/)");
            }
        });
    }
}
