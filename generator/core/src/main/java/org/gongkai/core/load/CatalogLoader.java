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
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Stage;

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
        f.rejectUnknown("catalog.yaml");
        if (out.isEmpty()) {
            diagnostics.error(Stage.LOAD, "empty-catalog", root.at(), "the catalog has no categories",
                    "list the categories under 'categories:'");
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
                diagnostics.error(Stage.LOAD, "bad-value", t.at(), "unknown organ type '" + t.value() + "'",
                        "use government, department, township, village or party");
            }
        }
        List<String> required = f.texts("required").stream().map(FieldReader.Text::value).toList();
        List<YamlNode.Mapping> childNodes = f.mappings("children");
        f.rejectUnknown("a category");
        if (id == null) {
            return null;
        }
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            diagnostics.error(Stage.LOAD, "bad-id", f.at("id"), "category id '" + id + "' is not a simple name",
                    "use lower-case letters, digits and '-' (it becomes part of the URL)");
        }
        if (!seen.add(id)) {
            diagnostics.error(Stage.LOAD, "duplicate-category", f.at("id"), "category id '" + id + "' is used twice",
                    "give each category its own id");
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
        out.set(index, new Category(id, name, article, cadence, deadline, applies, required, parent, children, m.at()));
        return id;
    }
}
