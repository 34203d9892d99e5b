package org.gongkai.core.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.core.content.Category;
import org.gongkai.core.content.Item;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostic;
import org.gongkai.core.diagnostic.DiagnosticLanguage;
import org.gongkai.core.model.Entry;
import org.gongkai.core.model.SiteModel;

/**
 * The compliance report: what a 监督检查 or 考核 would hold against the office today, by organ and category, each
 * finding linked to its page (where there is one) and its file; items this build does not show are left out, as
 * everywhere in it. It is made from the build's own findings (the
 * checks report each of these as a diagnostic), so that the report and the pull-request checks never disagree,
 * plus the items an approver cleared of the privacy check, which an inspector looks at again.
 */
public record ComplianceReport(LocalDate date, List<Finding> findings, List<Finding> privacyReviewed) {

    /** The kinds of finding, in the order the report shows them. */
    public static final List<Code> KINDS = List.of(Code.CADENCE_EMPTY, Code.CADENCE_GAP, Code.LATE,
            Code.REVIEW_OVERDUE, Code.EXPIRED_BUT_VALID, Code.REQUEST_OVERDUE, Code.REQUEST_DUE_SOON, Code.REQUEST_ANSWERED_LATE,
            Code.REPORT_MISSING, Code.REPORT_NOT_FROZEN, Code.REPORT_CHANGED, Code.REPLY_LATE);

    /** One finding: where (organ, category, file, line), what (the diagnostic's words), and a page to look at. */
    public record Finding(Code code, String organ, String category, String file, int line, String message,
                          String href) {
    }

    public ComplianceReport {
        findings = List.copyOf(findings);
        privacyReviewed = List.copyOf(privacyReviewed);
    }

    public static ComplianceReport of(SiteModel model, List<Diagnostic> diagnostics, DiagnosticLanguage language) {
        Set<Code> kinds = Set.copyOf(KINDS);
        // Looked up once per finding: a province platform has a million items and findings by the thousand.
        Map<String, Item> itemByFile = new java.util.HashMap<>();
        model.content().items().forEach(i -> itemByFile.putIfAbsent(i.file(), i));
        Map<Item, Entry> shown = new java.util.IdentityHashMap<>();
        model.visible().forEach(e -> shown.putIfAbsent(e.item(), e));
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (kinds.contains(d.code())) {
                Optional<Item> item = Optional.ofNullable(itemByFile.get(d.file()));
                if (item.isPresent() && !shown.containsKey(item.get())) {
                    continue; // an item this build does not show (exempt, draft, scheduled) is not named in it either
                }
                String organ = item.map(Item::organ).orElseGet(() -> organOfOtherFile(model, d));
                String category = item.map(Item::category).orElseGet(() -> categoryAt(model, d));
                String href = item.map(shown::get).map(Entry::url).orElse("");
                findings.add(new Finding(d.code(), organ, category, d.file(), d.line(), d.message(language), href));
            }
        }
        findings.sort(Comparator.comparingInt((Finding f) -> KINDS.indexOf(f.code())).thenComparing(Finding::organ)
                .thenComparing(Finding::category).thenComparing(Finding::file).thenComparingInt(Finding::line));
        List<Finding> cleared = new ArrayList<>();
        for (Entry e : model.visible()) {
            if ("true".equals(String.valueOf(e.item().extra().get("privacy-reviewed")))) {
                cleared.add(new Finding(Code.PRIVACY, e.organ().id(), e.category().id(), e.item().file(),
                        e.item().at("privacy-reviewed").line(), e.item().title(), e.url()));
            }
        }
        cleared.sort(Comparator.comparing(Finding::file));
        return new ComplianceReport(model.today(), findings, cleared);
    }

    /** Register records and report sources name their organ; the catalog's findings have none. */
    private static String organOfOtherFile(SiteModel model, Diagnostic d) {
        return model.content().applications().stream().filter(a -> a.file().equals(d.file())).map(a -> a.organ())
                .findFirst().orElseGet(() -> model.content().reports().stream().filter(r -> r.file().equals(d.file()))
                        .map(r -> r.organ()).findFirst().orElse(""));
    }

    /** A 栏目空白 finding sits at its category in catalog.yaml. */
    private static String categoryAt(SiteModel model, Diagnostic d) {
        if (!d.file().equals("catalog.yaml")) {
            return "";
        }
        return model.content().catalog().all().stream().filter(c -> c.at().line() == d.line()).map(Category::id)
                .findFirst().orElse("");
    }

    /** How many findings of each kind: what the review summary compares between a pull request and its base. */
    public Map<Code, Integer> counts() {
        Map<Code, Integer> m = new EnumMap<>(Code.class);
        KINDS.forEach(k -> m.put(k, 0));
        findings.forEach(f -> m.merge(f.code(), 1, Integer::sum));
        return m;
    }
}
