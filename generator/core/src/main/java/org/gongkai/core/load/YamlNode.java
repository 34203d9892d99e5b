package org.gongkai.core.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongkai.core.diagnostic.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML value with the place it came from, so that every diagnostic can name file, line and column. Scalars stay
 * strings (YAML 1.2: dates are not special); the readers in this package type them.
 */
public sealed interface YamlNode {

    SourcePosition at();

    /** What sort of value this is, for messages ("must be a list, not a text"). */
    Kind kind();

    enum Kind { TEXT, LIST, MAPPING, NOTHING }

    record Scalar(String value, boolean isNull, SourcePosition at) implements YamlNode {
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

    /** Thrown for text that is not YAML; carries the position of the problem. */
    final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SourcePosition at;

        SyntaxError(String message, SourcePosition at) {
            super(message);
            this.at = at;
        }

        public SourcePosition at() {
            return at;
        }
    }

    /** A duplicate key inside one mapping: YAML forbids it, and silently keeping one value would lose content. */
    final class DuplicateKey extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient SourcePosition at;

        private final String key;

        DuplicateKey(String key, SourcePosition at) {
            super("the key '" + key + "' appears twice");
            this.key = key;
            this.at = at;
        }

        public String key() {
            return key;
        }

        public SourcePosition at() {
            return at;
        }
    }

    /**
     * Parses YAML text. {@code firstLine} is the 1-based line of the text in its file (front-matter starts on line
     * 2), so positions are file positions. Returns an empty mapping for empty text.
     */
    static YamlNode parse(String text, String file, int firstLine) throws SyntaxError, DuplicateKey {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            SourcePosition at = mark.map(m -> new SourcePosition(file, m.getLine() + firstLine, m.getColumn() + 1))
                    .orElse(new SourcePosition(file, firstLine, 0));
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            throw new SyntaxError(context + problem, at);
        } catch (YamlEngineException e) {
            throw new SyntaxError(String.valueOf(e.getMessage()), new SourcePosition(file, firstLine, 0));
        }
        if (root.isEmpty()) {
            return new Mapping(Map.of(), new SourcePosition(file, firstLine, 1));
        }
        return convert(root.get(), file, firstLine);
    }

    private static YamlNode convert(Node node, String file, int firstLine) throws DuplicateKey {
        SourcePosition at = node.getStartMark()
                .map(m -> new SourcePosition(file, m.getLine() + firstLine, m.getColumn() + 1))
                .orElse(new SourcePosition(file, firstLine, 0));
        if (node instanceof ScalarNode s) {
            return new Scalar(s.getValue(), Tag.NULL.equals(s.getTag()), at);
        }
        if (node instanceof SequenceNode s) {
            List<YamlNode> items = new ArrayList<>();
            for (Node child : s.getValue()) {
                items.add(convert(child, file, firstLine));
            }
            return new Sequence(List.copyOf(items), at);
        }
        MappingNode m = (MappingNode) node;
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            YamlNode key = convert(t.getKeyNode(), file, firstLine);
            String name = key instanceof Scalar k ? k.value() : key.kind().name().toLowerCase(java.util.Locale.ROOT);
            if (entries.containsKey(name)) {
                throw new DuplicateKey(name, key.at());
            }
            entries.put(name, new Entry(name, key.at(), convert(t.getValueNode(), file, firstLine)));
        }
        return new Mapping(java.util.Collections.unmodifiableMap(entries), at);
    }
}
