package org.gongkai.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.core.content.Formulation;
import org.gongkai.core.diagnostic.Diagnostics;

/**
 * Reads one entry of a list of 严重表述错误: {@code {wrong, right, reason, source, since}} or {@code {order: […], name,
 * source}}. The office's own entries (site.yaml's {@code formulations}) and the built-in list share it.
 */
public final class FormulationReader {
    private FormulationReader() {
    }

    static Optional<Formulation> read(YamlNode.Mapping m, Diagnostics diagnostics) {
        FieldReader f = new FieldReader(m, diagnostics);
        List<String> order = f.texts("order").stream().map(FieldReader.Text::value).toList();
        Optional<String> wrong = order.isEmpty() ? f.text("wrong", true) : Optional.of(f.text("name", ""));
        String right = order.isEmpty() ? f.text("right", true).orElse("") : String.join("、", order);
        String reason = f.text("reason", "");
        String source = f.text("source", "");
        var since = f.date("since", false);
        f.rejectUnknown(Section.FORMULATION);
        return wrong.map(w -> new Formulation(w, right, reason, source, since, order));
    }

    /** The built-in list, from the jar (the project's own, trusted file). */
    public static List<Formulation> builtIn() {
        try (var in = FormulationReader.class.getResourceAsStream("/org/gongkai/core/check/formulations.yaml")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Diagnostics d = new Diagnostics();
            YamlNode root = YamlNode.parse(text, "formulations.yaml", 1);
            List<Formulation> out = new ArrayList<>();
            if (root instanceof YamlNode.Sequence s) {
                for (YamlNode n : s.items()) {
                    if (n instanceof YamlNode.Mapping m) {
                        read(m, d).ifPresent(out::add);
                    }
                }
            }
            if (d.hasErrors() || out.isEmpty()) {
                throw new IllegalStateException("the built-in formulations.yaml is broken: " + d.sorted());
            }
            return List.copyOf(out);
        } catch (java.io.IOException | YamlNode.Refused e) {
            throw new IllegalStateException("the built-in formulations.yaml cannot be read", e);
        }
    }
}
