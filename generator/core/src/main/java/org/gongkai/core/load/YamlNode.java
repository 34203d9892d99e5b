package org.gongkai.core.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.SourcePosition;

/**
 * A YAML value with the place it came from, so that every diagnostic can name file, line and column. Scalars stay
 * strings (YAML 1.2: dates are not special); the readers in this package type them.
 */
public sealed interface YamlNode {

    SourcePosition at();

    /** What sort of value this is, for messages ("must be a list, not a text"). */
    Kind kind();

    enum Kind { TEXT, LIST, MAPPING, NOTHING }

    /** {@code quoted}: written in quotes, so its text starts one column after {@code at}. */
    record Scalar(String value, boolean isNull, SourcePosition at, boolean quoted) implements YamlNode {
        public Scalar(String value, boolean isNull, SourcePosition at) {
            this(value, isNull, at, false);
        }

        @Override
        public Kind kind() {
            return isNull ? Kind.NOTHING : Kind.TEXT;
        }
    }

    record Sequence(List<YamlNode> items, SourcePosition at) implements YamlNode {
        @Override
        public Kind kind() {
            return Kind.LIST;
        }
    }

    record Mapping(Map<String, Entry> entries, SourcePosition at) implements YamlNode {
        @Override
        public Kind kind() {
            return Kind.MAPPING;
        }

        public Optional<YamlNode> get(String key) {
            Entry e = entries.get(key);
            return e == null ? Optional.empty() : Optional.of(e.value());
        }
    }

    /** A key with its own position (for "unknown key" messages) and its value. */
    record Entry(String key, SourcePosition keyAt, YamlNode value) {
    }

    /**
     * Why a YAML text was refused: a syntax error, a duplicate key, or structure past the limits that keep the work
     * on any input small (nesting depth, values after expanding aliases, a value that contains itself). Carries the
     * diagnostic to report, with its position.
     */
    final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Code code;
        private final transient SourcePosition at;
        private final transient Object[] args;

        Refused(Code code, SourcePosition at, Object... args) {
            super(code.id(), null, false, false);
            this.code = code;
            this.at = at;
            this.args = args.clone();
        }

        public Code code() {
            return code;
        }

        public SourcePosition at() {
            return at;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /**
     * Parses YAML text within {@link YamlLimits}. {@code firstLine} is the 1-based line of the text in its file
     * (front-matter starts on line 2), so positions are file positions. Returns an empty mapping for empty text.
     */
    static YamlNode parse(String text, String file, int firstLine) throws Refused {
        return new YamlBuilder(file, firstLine, YamlLimits.DEFAULT).build(text);
    }
}
