package org.gongkai.core.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The front-matter of a Markdown text as plain values (for comparing two versions of an item), and its body. */
public final class FrontMatterValues {
    private FrontMatterValues() {
    }

    public record Parsed(Map<String, Object> values, String body) {
    }

    /** Empty when the text has no readable front-matter (the checks report why). */
    public static Optional<Parsed> read(String text) {
        FrontMatter.Split split = FrontMatter.split(text);
        if (split.frontMatter().isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.frontMatter().get();
        try {
            YamlNode node = YamlNode.parse(fm.yaml(), "", fm.yamlLine());
            if (!(node instanceof YamlNode.Mapping m)) {
                return Optional.empty();
            }
            Map<String, Object> values = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> values.put(k, FieldReader.plain(e.value())));
            return Optional.of(new Parsed(values, fm.body()));
        } catch (YamlNode.Refused e) {
            return Optional.empty();
        }
    }
}
