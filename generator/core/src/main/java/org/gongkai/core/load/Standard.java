package org.gongkai.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.gongkai.core.content.OrganType;
import org.gongkai.core.diagnostic.Diagnostics;

/**
 * A standard catalog shipped with Gongkai that catalog.yaml can import: {@code standard-26}, the 26 领域 of the
 * 基层政务公开标准目录 (国办发〔2019〕54号). Read from the jar, the project's own trusted file.
 */
record Standard(String name, String article, Set<OrganType> appliesTo, List<Domain> domains) {

    static final List<String> NAMES = List.of("standard-26");

    record Domain(String id, String name) {
    }

    Standard {
        appliesTo = Set.copyOf(appliesTo);
        domains = List.copyOf(domains);
    }

    static Optional<Standard> named(String name) {
        return NAMES.contains(name) ? Optional.of(Loaded.STANDARD_26) : Optional.empty();
    }

    private static final class Loaded {
        static final Standard STANDARD_26 = read("standard-26");
    }

    private static Standard read(String name) {
        try (InputStream in = Standard.class.getResourceAsStream(name + ".yaml")) {
            YamlNode root = YamlNode.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".yaml", 1);
            Diagnostics d = new Diagnostics();
            FieldReader f = new FieldReader((YamlNode.Mapping) root, d);
            Set<OrganType> applies = EnumSet.noneOf(OrganType.class);
            f.texts("applies-to").forEach(t -> applies.add(OrganType.valueOf(t.value().toUpperCase(Locale.ROOT))));
            List<Domain> domains = new ArrayList<>();
            for (YamlNode.Mapping m : f.mappings("domains")) {
                FieldReader g = new FieldReader(m, d);
                domains.add(new Domain(g.text("id", true).orElseThrow(), g.text("name", true).orElseThrow()));
            }
            Standard s = new Standard(name, f.text("article", ""), applies, domains);
            if (d.hasErrors() || domains.isEmpty()) {
                throw new IllegalStateException("the built-in " + name + ".yaml is broken: " + d.sorted());
            }
            return s;
        } catch (IOException | YamlNode.Refused | ClassCastException e) {
            throw new IllegalStateException("the built-in " + name + ".yaml cannot be read", e);
        }
    }
}
