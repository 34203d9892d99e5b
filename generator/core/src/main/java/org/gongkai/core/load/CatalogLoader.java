package org.gongkai.core.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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
        List<YamlNode.Mapping> childNodes = f.mappings("children");
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
        out.set(index, new Category(id, name, article, cadence, deadline, applies, required, parent, children, line, listsReports, m.at()));
        return id;
    }
}
