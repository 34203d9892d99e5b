package org.gongkai.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.content.SynonymGroup;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.Phrase;

/**
 * Reads one group of search synonyms: {@code {terms: [低保, 最低生活保障], kind: 简称, source: …}}. The built-in table
 * and site.yaml's {@code search-synonyms} share it.
 */
public final class SynonymReader {
    /** Bounds on what an office may add: a group, a word. */
    static final int MAX_TERMS = 12;
    static final int MAX_CHARS = 40;

    private SynonymReader() {
    }

    /** What a group of synonyms must be, named in a bad-value hint. */
    enum SynonymRule {
        GROUP_SIZE, TERM_LENGTH
    }

    static Optional<SynonymGroup> read(YamlNode.Mapping m, Diagnostics diagnostics) {
        FieldReader f = new FieldReader(m, diagnostics);
        List<FieldReader.Text> texts = f.texts("terms");
        String kind = f.text("kind", "");
        String source = f.text("source", "");
        f.rejectUnknown(Section.SYNONYM);
        List<String> terms = new ArrayList<>();
        for (FieldReader.Text t : texts) {
            String v = t.value().strip();
            if (v.isEmpty() || v.codePointCount(0, v.length()) > MAX_CHARS) {
                diagnostics.add(Code.BAD_VALUE, t.at(), new Field("terms"), t.value(), Phrase.of(SynonymRule.TERM_LENGTH, MAX_CHARS));
                continue;
            }
            if (!terms.contains(v)) {
                terms.add(v);
            }
        }
        if (terms.size() < 2 || terms.size() > MAX_TERMS) {
            diagnostics.add(Code.BAD_VALUE, f.at("terms"), new Field("terms"), String.join("、", terms),
                    Phrase.of(SynonymRule.GROUP_SIZE, MAX_TERMS));
            return Optional.empty();
        }
        return Optional.of(new SynonymGroup(terms, kind, source));
    }

    /** The built-in table, from the jar (the project's own, trusted file). */
    public static List<SynonymGroup> builtIn() {
        try (var in = SynonymReader.class.getResourceAsStream("/org/gongkai/core/search/synonyms.yaml")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Diagnostics d = new Diagnostics();
            YamlNode root = YamlNode.parse(text, "synonyms.yaml", 1);
            List<SynonymGroup> out = new ArrayList<>();
            if (root instanceof YamlNode.Sequence s) {
                for (YamlNode n : s.items()) {
                    if (n instanceof YamlNode.Mapping mm) {
                        read(mm, d).ifPresent(out::add);
                    }
                }
            }
            if (d.hasErrors() || out.isEmpty()) {
                throw new IllegalStateException("the built-in synonyms.yaml is broken: " + d.sorted());
            }
            return List.copyOf(out);
        } catch (java.io.IOException | YamlNode.Refused e) {
            throw new IllegalStateException("the built-in synonyms.yaml cannot be read", e);
        }
    }
}
