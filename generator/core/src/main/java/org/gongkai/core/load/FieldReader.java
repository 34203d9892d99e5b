package org.gongkai.core.load;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongkai.core.content.Dates;
import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Diagnostics;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * Reads typed values out of one YAML mapping, reporting every wrong type, bad date or missing key as a diagnostic
 * at the value's position; a bad value reads as absent so that loading goes on and all problems are reported.
 */
final class FieldReader {
    private final YamlNode.Mapping map;
    private final Diagnostics diagnostics;
    /** The keys asked for, each to itself: the reader's own constant strings, shared by every file it reads. */
    private final Map<String, String> read = new HashMap<>();
    /** Put before a key where messages name it ("reply-to." → reply-to.received): a nested mapping's keys. */
    private final String prefix;

    FieldReader(YamlNode.Mapping map, Diagnostics diagnostics) {
        this(map, diagnostics, "");
    }

    /** A reader of a nested mapping whose keys messages name as {@code prefix + key}, e.g. {@code feedback.form}. */
    FieldReader(YamlNode.Mapping map, Diagnostics diagnostics, String prefix) {
        this.map = map;
        this.diagnostics = diagnostics;
        this.prefix = prefix;
    }

    /** The key as messages name it. */
    Field field(String key) {
        return new Field(prefix + key);
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
        read.putIfAbsent(key, key);
        Optional<YamlNode> v = map.get(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.isNull()));
        if (v.isEmpty() && required) {
            diagnostics.add(Code.MISSING_KEY, map.at(), field(key), key);
        }
        return v;
    }

    private void wrongType(String key, YamlNode node, ValueType expected) {
        diagnostics.add(Code.WRONG_TYPE, node.at(), field(key), expected, node.kind());
    }

    /** A key's value as it is, of whatever kind, marked as read: for a key that may be written two ways. */
    Optional<YamlNode> raw(String key) {
        return value(key, false);
    }

    Optional<String> text(String key, boolean required) {
        Optional<YamlNode> v = value(key, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof YamlNode.Scalar s) {
            String t = s.value().strip();
            if (t.isEmpty() && required) {
                diagnostics.add(Code.MISSING_KEY, s.at(), field(key), key);
                return Optional.empty();
            }
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }
        wrongType(key, v.get(), ValueType.TEXT);
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
                diagnostics.add(Code.WRONG_TYPE, s.at(), field(key), ValueType.NUMBER, "“" + s.value().strip() + "”");
                return Optional.empty();
            }
        }
        wrongType(key, v.get(), ValueType.NUMBER);
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
        wrongType(key, v.get(), ValueType.BOOLEAN);
        return fallback;
    }

    Optional<LocalDate> date(String key, boolean required) {
        Optional<YamlNode> v = value(key, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get() instanceof YamlNode.Scalar s)) {
            wrongType(key, v.get(), ValueType.DATE);
            return Optional.empty();
        }
        return parseDate(key, s);
    }

    Optional<LocalDate> parseDate(String key, YamlNode.Scalar s) {
        try {
            LocalDate d = LocalDate.parse(s.value().strip());
            // Working days are counted day by day: a year such as +999999999 would keep the build busy for hours.
            if (d.getYear() < Dates.EARLIEST_YEAR || d.getYear() > Dates.LATEST_YEAR) {
                throw new DateTimeParseException("out of range", s.value(), 0);
            }
            return Optional.of(d);
        } catch (DateTimeParseException e) {
            diagnostics.add(Code.BAD_DATE, s.at(), field(key), s.value());
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
            wrongType(key, v.get(), ValueType.DATE_TIME);
            return Optional.empty();
        }
        Optional<OffsetDateTime> parsed = org.gongkai.core.content.Dates.parseDateTime(s.value());
        if (parsed.isEmpty()) {
            diagnostics.add(Code.BAD_DATE, s.at(), field(key), s.value());
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
        diagnostics.add(Code.BAD_VALUE, at(key), field(key), v.get(), allowed);
        return fallback;
    }

    /** A required (or optional) choice without a default: empty when absent or misspelt (then reported). */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type, boolean required) {
        if (!has(key)) {
            value(key, required);
            return Optional.empty();
        }
        E none = null;
        E chosen = choice(key, type, none);
        return Optional.ofNullable(chosen);
    }

    /** An amount of money in yuan: a number of at least 0 with at most two decimals ("120", "35.50"). */
    Optional<java.math.BigDecimal> amount(String key) {
        Optional<String> v = text(key, false);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(v.get());
            if (d.signum() >= 0 && d.scale() <= 2 && d.precision() - d.scale() <= 12) {
                return Optional.of(d.setScale(2));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        diagnostics.add(Code.BAD_VALUE, at(key), field(key), v.get(), "0, 120, 35.50");
        return Optional.empty();
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
                    wrongType(key, n, ValueType.TEXT_LIST);
                }
            }
            return List.copyOf(out);
        }
        wrongType(key, v.get(), ValueType.TEXT_LIST);
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
        wrongType(key, v.get(), ValueType.MAPPING);
        return Optional.empty();
    }

    List<YamlNode.Mapping> mappings(String key) {
        Optional<YamlNode> v = value(key, false);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof YamlNode.Sequence seq)) {
            wrongType(key, v.get(), ValueType.MAPPING_LIST);
            return List.of();
        }
        List<YamlNode.Mapping> out = new ArrayList<>();
        for (YamlNode n : seq.items()) {
            if (n instanceof YamlNode.Mapping m) {
                out.add(m);
            } else {
                wrongType(key, n, ValueType.MAPPING_LIST);
            }
        }
        return List.copyOf(out);
    }

    /**
     * An identifier (索引号, 发文字号, slug, id, alias) must not hold invisible characters, nor with {@code fullWidth}
     * full-width ones: they make look-alikes of other identifiers. Reported at the character; false when found.
     */
    boolean plainIdentifier(String key, boolean fullWidth) {
        Optional<YamlNode> v = map.get(key);
        if (v.isPresent() && v.get() instanceof YamlNode.Scalar s) {
            return plainIdentifier(key, s.value(), s.at(), s.quoted(), fullWidth);
        }
        return true;
    }

    /** The same for one text of a list (aliases). */
    boolean plainIdentifier(String key, Text t, boolean fullWidth) {
        return plainIdentifier(key, t.value(), t.at(), false, fullWidth);
    }

    private boolean plainIdentifier(String key, String value, SourcePosition at, boolean quoted, boolean fullWidth) {
        java.util.OptionalInt i = LookAlikes.suspicious(value, fullWidth);
        if (i.isEmpty()) {
            return true;
        }
        int c = value.codePointAt(i.getAsInt());
        int column = at.column() + (quoted ? 1 : 0) + value.codePointCount(0, i.getAsInt());
        diagnostics.add(Code.INVISIBLE_CHARACTER, new SourcePosition(at.file(), at.line(), column), field(key),
                value.codePointCount(0, i.getAsInt()) + 1, String.format(Locale.ROOT, "%04X", c));
        return false;
    }

    /** Keys not read so far, as plain Java values (String, List, Map) for templates. */
    /**
     * Where each key of the mapping is, for diagnostics that point at a key later (a million items hold ten each):
     * an immutable map, known keys by the reader's own strings, not the parser's copies.
     */
    Map<String, SourcePosition> positions() {
        Map<String, SourcePosition> m = new HashMap<>();
        for (YamlNode.Entry e : map.entries().values()) {
            m.put(read.getOrDefault(e.key(), e.key()), e.value().at());
        }
        return Map.copyOf(m);
    }

    Map<String, Object> remaining() {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (YamlNode.Entry e : map.entries().values()) {
            if (!read.containsKey(e.key())) {
                extra.put(e.key(), plain(e.value()));
            }
        }
        return extra.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(extra);
    }

    /** Warns about keys a config file does not know (a typo there would otherwise be silently ignored). */
    void rejectUnknown(Section what) {
        for (YamlNode.Entry e : map.entries().values()) {
            if (!read.containsKey(e.key())) {
                diagnostics.add(Code.UNKNOWN_KEY, e.keyAt(), field(e.key()), what,
                        String.join(", ", read.keySet().stream().sorted().toList()));
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
