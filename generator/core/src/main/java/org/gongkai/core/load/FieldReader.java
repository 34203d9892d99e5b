package org.gongkai.core.load;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.diagnostic.Stage;

/**
 * Reads typed values out of one YAML mapping, reporting every wrong type, bad date or missing key as a diagnostic
 * at the value's position; a bad value reads as absent so that loading goes on and all problems are reported.
 */
final class FieldReader {
    private final YamlNode.Mapping map;
    private final Diagnostics diagnostics;
    private final Set<String> read = new HashSet<>();

    FieldReader(YamlNode.Mapping map, Diagnostics diagnostics) {
        this.map = map;
        this.diagnostics = diagnostics;
    }

    SourcePosition at() {
        return map.at();
    }

    /** Position of a key's value, or of the mapping when the key is absent. */
    SourcePosition at(String key) {
        return map.get(key).map(YamlNode::at).orElse(map.at());
    }

    boolean has(String key) {
        return map.get(key).filter(v -> !(v instanceof YamlNode.Scalar s && s.isNull())).isPresent();
    }

    private Optional<YamlNode> value(String key, boolean required) {
        read.add(key);
        Optional<YamlNode> v = map.get(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull()));
        if (v.isEmpty() && required) {
            diagnostics.error(Stage.LOAD, "missing-key", map.at(), "the required key '" + key + "' is missing",
                    "add '" + key + ": …' to the front-matter");
        }
        return v;
    }

    private void wrongType(String key, YamlNode node, String expected) {
        diagnostics.error(Stage.LOAD, "wrong-type", node.at(),
                "'" + key + "' must be " + expected + ", not " + node.kind(),
                "write '" + key + "' as " + expected);
    }

    Optional<String> text(String key, boolean required) {
        Optional<YamlNode> v = value(key, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof YamlNode.Scalar s) {
            String t = s.value().strip();
            if (t.isEmpty() && required) {
                diagnostics.error(Stage.LOAD, "missing-key", s.at(), "'" + key + "' is empty", "give '" + key + "' a value");
                return Optional.empty();
            }
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }
        wrongType(key, v.get(), "a text");
        return Optional.empty();
    }

    String text(String key, String fallback) {
        return text(key, false).orElse(fallback);
    }

    Optional<Integer> integer(String key) {
        Optional<YamlNode> v = value(key, false);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof YamlNode.Scalar s) {
            try {
                return Optional.of(Integer.parseInt(s.value().strip()));
            } catch (NumberFormatException e) {
                diagnostics.error(Stage.LOAD, "wrong-type", s.at(), "'" + key + "' must be a whole number, not '" + s.value() + "'",
                        "write a number such as 20");
                return Optional.empty();
            }
        }
        wrongType(key, v.get(), "a whole number");
        return Optional.empty();
    }

    boolean bool(String key, boolean fallback) {
        Optional<YamlNode> v = value(key, false);
        if (v.isEmpty()) {
            return fallback;
        }
        if (v.get() instanceof YamlNode.Scalar s) {
            String t = s.value().strip().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                return Boolean.parseBoolean(t);
            }
        }
        wrongType(key, v.get(), "true or false");
        return fallback;
    }

    Optional<LocalDate> date(String key, boolean required) {
        Optional<YamlNode> v = value(key, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get() instanceof YamlNode.Scalar s)) {
            wrongType(key, v.get(), "a date (YYYY-MM-DD)");
            return Optional.empty();
        }
        return parseDate(key, s);
    }

    Optional<LocalDate> parseDate(String key, YamlNode.Scalar s) {
        try {
            return Optional.of(LocalDate.parse(s.value().strip()));
        } catch (DateTimeParseException e) {
            diagnostics.error(Stage.LOAD, "bad-date", s.at(), "'" + key + "' is not a valid date: '" + s.value() + "'",
                    "write the date as YYYY-MM-DD, e.g. 2026-03-15");
            return Optional.empty();
        }
    }

    /** A date (taken as 00:00 China time) or a date-time; a date-time without offset is China time. */
    Optional<OffsetDateTime> dateTime(String key) {
        Optional<YamlNode> v = value(key, false);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get() instanceof YamlNode.Scalar s)) {
            wrongType(key, v.get(), "a date or date-time");
            return Optional.empty();
        }
        Optional<OffsetDateTime> parsed = org.gongkai.core.content.Dates.parseDateTime(s.value());
        if (parsed.isEmpty()) {
            diagnostics.error(Stage.LOAD, "bad-date", s.at(), "'" + key + "' is not a valid date or date-time: '" + s.value() + "'",
                    "write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00, e.g. 2026-03-15T09:00:00+08:00");
        }
        return parsed;
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        Optional<String> v = text(key, false);
        if (v.isEmpty()) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (keyword(e).equals(v.get())) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(FieldReader::keyword).collect(Collectors.joining(", "));
        diagnostics.error(Stage.LOAD, "bad-value", at(key), "'" + key + "' cannot be '" + v.get() + "'",
                "use one of: " + allowed);
        return fallback;
    }

    /** The YAML spelling of an enum constant: ON_REQUEST → on-request. */
    static String keyword(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A list of texts; a single text is accepted as a list of one. */
    List<Text> texts(String key) {
        Optional<YamlNode> v = value(key, false);
        if (v.isEmpty()) {
            return List.of();
        }
        if (v.get() instanceof YamlNode.Scalar s) {
            return List.of(new Text(s.value().strip(), s.at()));
        }
        if (v.get() instanceof YamlNode.Sequence seq) {
            List<Text> out = new ArrayList<>();
            for (YamlNode n : seq.items()) {
                if (n instanceof YamlNode.Scalar s && !s.isNull()) {
                    out.add(new Text(s.value().strip(), s.at()));
                } else {
                    wrongType(key, n, "a list of texts");
                }
            }
            return List.copyOf(out);
        }
        wrongType(key, v.get(), "a list of texts");
        return List.of();
    }

    Optional<YamlNode.Mapping> mapping(String key, boolean required) {
        Optional<YamlNode> v = value(key, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        wrongType(key, v.get(), "a mapping (key: value lines)");
        return Optional.empty();
    }

    List<YamlNode.Mapping> mappings(String key) {
        Optional<YamlNode> v = value(key, false);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof YamlNode.Sequence seq)) {
            wrongType(key, v.get(), "a list of mappings");
            return List.of();
        }
        List<YamlNode.Mapping> out = new ArrayList<>();
        for (YamlNode n : seq.items()) {
            if (n instanceof YamlNode.Mapping m) {
                out.add(m);
            } else {
                wrongType(key, n, "a list of mappings");
            }
        }
        return List.copyOf(out);
    }

    /** Keys not read so far, as plain Java values (String, List, Map) for templates. */
    Map<String, Object> remaining() {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (YamlNode.Entry e : map.entries().values()) {
            if (!read.contains(e.key())) {
                extra.put(e.key(), plain(e.value()));
            }
        }
        return java.util.Collections.unmodifiableMap(extra);
    }

    /** Warns about keys a config file does not know (a typo there would otherwise be silently ignored). */
    void rejectUnknown(String what) {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!read.contains(e.key())) {
                diagnostics.warning(Stage.LOAD, "unknown-key", e.keyAt(), "unknown key '" + e.key() + "' in " + what,
                        "check the spelling; known keys are " + String.join(", ", read.stream().sorted().toList()));
            }
        }
    }

    static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.isNull() ? "" : s.value();
        }
        if (node instanceof YamlNode.Sequence s) {
            return s.items().stream().map(FieldReader::plain).toList();
        }
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        Map<String, Object> out = new LinkedHashMap<>();
        m.entries().forEach((k, e) -> out.put(k, plain(e.value())));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A text value with its position, for references that are checked later. */
    record Text(String value, SourcePosition at) {
    }
}
