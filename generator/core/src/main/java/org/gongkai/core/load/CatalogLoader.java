package org.gongkai.core.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.core.content.Cadence;
import org.gongkai.core.content.Catalog;
import org.gongkai.core.content.Category;
import org.gongkai.core.content.OrganType;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;

/** Reads content/catalog.yaml: a tree of categories under {@code categories}. */
final class CatalogLoader {
    private final Diagnostics diagnostics;
    private final Set<String> seen = new HashSet<>();

    CatalogLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** {@code cadence-per}: whose column 栏目空白 judges. */
    enum CadenceUnit { ORGAN, SITE }

    Catalog read(YamlNode.Mapping root) {
        FieldReader f = new FieldReader(root, diagnostics);
        List<Category> out = new ArrayList<>();
        for (YamlNode.Mapping m : f.mappings("categories")) {
            category(m, "", out);
        }
        f.rejectUnknown(Section.CATALOG);
        if (out.isEmpty()) {
            diagnostics.add(Code.EMPTY_CATALOG, root.at());
        }
        return new Catalog(out);
    }

    /**
     * {@code import: standard-26}: the 26 领域 of the 基层政务公开标准目录 as children of this category, in the
     * standard's order, except those listed in {@code except}. A domain the category already has among its own
     * children is the office's (with its 公开事项 below it) and takes the standard's place; the others follow.
     * Returns the children in their new order and leaves the office's own out of it.
     */
    private List<String> importStandard(FieldReader.Text std, List<FieldReader.Text> except, String parent,
                                        List<String> own, List<Category> out) {
        Optional<Standard> standard = Standard.named(std.value());
        if (standard.isEmpty()) {
            diagnostics.add(Code.BAD_VALUE, std.at(), new Field("import"), std.value(), String.join(", ", Standard.NAMES));
            return List.of();
        }
        Set<String> skip = new HashSet<>();
        for (FieldReader.Text t : except) {
            if (standard.get().domains().stream().noneMatch(d -> d.id().equals(t.value()))) {
                diagnostics.add(Code.BAD_VALUE, t.at(), new Field("except"), t.value(),
                        String.join(", ", standard.get().domains().stream().map(Standard.Domain::id).toList()));
            }
            skip.add(t.value());
        }
        List<String> order = new ArrayList<>();
        for (Standard.Domain d : standard.get().domains()) {
            if (skip.contains(d.id())) {
                continue;
            }
            if (own.contains(d.id())) {
                own.remove(d.id());
                order.add(d.id());
                continue;
            }
            if (!seen.add(d.id())) {
                diagnostics.add(Code.DUPLICATE_CATEGORY, std.at(), d.id());
                continue;
            }
            order.add(d.id());
            out.add(new Category(d.id(), d.name(), standard.get().article(), Cadence.ON_CHANGE, Category.DEFAULT_DEADLINE,
                    standard.get().appliesTo(), List.of(), parent, List.of(), Optional.empty(), false,
                    !standard.get().appliesTo().isEmpty(), std.at()));
        }
        return order;
    }

    /** Adds the category and its descendants to {@code out}; returns its id or null. */
    private String category(YamlNode.Mapping m, String parent, List<Category> out) {
        FieldReader f = new FieldReader(m, diagnostics);
        String id = f.text("id", true).orElse(null);
        String name = f.text("name", true).orElse("");
        String article = f.text("article", "");
        Cadence cadence = f.choice("cadence", Cadence.class, Cadence.ON_CHANGE);
        int deadline = f.integer("deadline").orElse(Category.DEFAULT_DEADLINE);
        Set<OrganType> applies = EnumSet.noneOf(OrganType.class);
        for (FieldReader.Text t : f.texts("applies-to")) {
            try {
                applies.add(OrganType.valueOf(t.value().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                diagnostics.add(Code.BAD_VALUE, t.at(), new Field("applies-to"), t.value(),
                        "government, department, township, village, party");
            }
        }
        List<String> required = f.texts("required").stream().map(FieldReader.Text::value).toList();
        java.util.Optional<org.gongkai.core.content.ProactiveLine> line =
                f.choice("annual-report", org.gongkai.core.content.ProactiveLine.class, false);
        boolean listsReports = f.bool("reports", false);
        // A duty of each organ the category applies to (部门预算, 村务) unless the catalog says one organ keeps it
        // for the whole site (政府预算决算 by the 财政部门).
        boolean perOrgan = f.choice("cadence-per", CadenceUnit.class, false)
                .map(u -> u == CadenceUnit.ORGAN).orElse(!applies.isEmpty());
        List<YamlNode.Mapping> childNodes = f.mappings("children");
        Optional<FieldReader.Text> imported = f.texts("import").stream().findFirst();
        List<FieldReader.Text> except = f.texts("except");
        f.rejectUnknown(Section.CATEGORY);
        if (id == null) {
            return null;
        }
        if (f.plainIdentifier("id", true) && !id.matches("[a-z0-9][a-z0-9-]*")) {
            diagnostics.add(Code.BAD_ID, f.at("id"), Section.CATEGORY, id);
        }
        if (!seen.add(id)) {
            diagnostics.add(Code.DUPLICATE_CATEGORY, f.at("id"), id);
            return null;
        }
        int index = out.size();
        out.add(null);
        List<String> children = new ArrayList<>();
        for (YamlNode.Mapping c : childNodes) {
            String childId = category(c, id, out);
            if (childId != null) {
                children.add(childId);
            }
        }
        imported.ifPresent(std -> children.addAll(0, importStandard(std, except, id, children, out)));
        out.set(index, new Category(id, name, article, cadence, deadline, applies, required, parent, children, line, listsReports, perOrgan, m.at()));
        return id;
    }
}
