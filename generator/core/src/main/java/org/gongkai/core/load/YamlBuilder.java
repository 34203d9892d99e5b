package org.gongkai.core.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.core.diagnostic.Code;
import org.gongkai.core.diagnostic.Field;
import org.gongkai.core.diagnostic.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Builds a {@link YamlNode} tree from the parser's events with an explicit stack, never by recursion: snakeyaml's
 * own composer recurses once per level and a few thousand '[' end it in a StackOverflowError. On the way it
 * enforces {@link YamlLimits}: nesting depth, the number of values with aliases expanded (an alias-expansion bomb
 * is refused after the limit's worth of work, not after minutes), and aliases to a collection that is still open
 * (a value containing itself). An alias shares the node it names, so nothing is copied. One use per instance.
 */
final class YamlBuilder {
    private final String file;
    private final int firstLine;
    private final YamlLimits limits;
    private final ScalarResolver resolver;
    private final LoadSettings settings;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    /** Anchors of collections not closed yet: an alias to one of them would make a value contain itself. */
    private final Set<String> open = new HashSet<>();
    /** Values in each finished collection with its aliases expanded, for the aliases that name it. */
    private final Map<YamlNode, Long> sizes = new IdentityHashMap<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private long values;
    private YamlNode root;

    YamlBuilder(String file, int firstLine, YamlLimits limits) {
        this.file = file;
        this.firstLine = firstLine;
        this.limits = limits;
        this.settings = LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true).build();
        this.resolver = settings.getSchema().getScalarResolver();
    }

    /** A collection being read: its items (sequence) or entries (mapping, with the key waiting for its value). */
    private static final class Frame {
        final boolean mapping;
        final SourcePosition at;
        final Optional<String> anchor;
        final List<YamlNode> items = new ArrayList<>();
        final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        YamlNode key;
        long size = 1;

        Frame(boolean mapping, SourcePosition at, Optional<String> anchor) {
            this.mapping = mapping;
            this.at = at;
            this.anchor = anchor;
        }
    }

    YamlNode build(String text) throws YamlNode.Refused {
        int documents = 0;
        try {
            for (Event e : new Parse(settings).parseString(text)) {
                switch (e.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            throw new YamlNode.Refused(Code.YAML_SYNTAX, at(e.getStartMark()),
                                    "expected a single document, but found another (a line '---')");
                        }
                    }
                    case Scalar -> scalar((ScalarEvent) e);
                    case Alias -> alias((AliasEvent) e);
                    case SequenceStart, MappingStart -> start((CollectionStartEvent) e);
                    case SequenceEnd, MappingEnd -> end();
                    default -> { }
                }
            }
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext() + ": ";
            throw new YamlNode.Refused(Code.YAML_SYNTAX, at(mark), context + problem);
        } catch (YamlEngineException e) {
            throw new YamlNode.Refused(Code.YAML_SYNTAX, new SourcePosition(file, firstLine, 0), String.valueOf(e.getMessage()));
        }
        return root != null ? root : new YamlNode.Mapping(Map.of(), new SourcePosition(file, firstLine, 1));
    }

    private void scalar(ScalarEvent e) throws YamlNode.Refused {
        boolean isNull = e.getTag().map(t -> t.equals(Tag.NULL.getValue()))
                .orElseGet(() -> e.getImplicit().canOmitTagInPlainScalar()
                        && Tag.NULL.equals(resolver.resolve(e.getValue(), true)));
        YamlNode node = new YamlNode.Scalar(e.getValue(), isNull, at(e.getStartMark()), e.isSQuoted() || e.isDQuoted());
        remember(e, node);
        count(1, node.at());
        add(node, 1);
    }

    private void alias(AliasEvent e) throws YamlNode.Refused {
        String name = e.getAlias().getValue();
        SourcePosition at = at(e.getStartMark());
        if (open.contains(name)) {
            throw new YamlNode.Refused(Code.YAML_RECURSIVE, at, name);
        }
        YamlNode node = anchors.get(name);
        if (node == null) {
            throw new YamlNode.Refused(Code.YAML_SYNTAX, at, "found undefined alias *" + name);
        }
        long size = sizes.getOrDefault(node, 1L);
        count(size, at);
        add(node, size);
    }

    private void start(CollectionStartEvent e) throws YamlNode.Refused {
        SourcePosition at = at(e.getStartMark());
        if (stack.size() >= limits.maxDepth()) {
            throw new YamlNode.Refused(Code.YAML_TOO_DEEP, at, limits.maxDepth());
        }
        count(1, at);
        Optional<String> anchor = e.getAnchor().map(a -> a.getValue());
        anchor.ifPresent(open::add);
        stack.push(new Frame(e.getEventId() == Event.ID.MappingStart, at, anchor));
    }

    private void end() throws YamlNode.Refused {
        Frame f = stack.pop();
        YamlNode node = f.mapping ? new YamlNode.Mapping(Collections.unmodifiableMap(f.entries), f.at)
                : new YamlNode.Sequence(List.copyOf(f.items), f.at);
        sizes.put(node, f.size);
        f.anchor.ifPresent(a -> {
            open.remove(a);
            anchors.put(a, node);
        });
        add(node, f.size);
    }

    private void remember(NodeEvent e, YamlNode node) {
        e.getAnchor().ifPresent(a -> anchors.put(a.getValue(), node));
    }

    /** Every value read, an alias counting as everything it names: the measure of the work a reader will do. */
    private void count(long n, SourcePosition at) throws YamlNode.Refused {
        values += n;
        if (values > limits.maxValues()) {
            throw new YamlNode.Refused(Code.YAML_TOO_LARGE, at, limits.maxValues());
        }
    }

    private void add(YamlNode node, long size) throws YamlNode.Refused {
        Frame f = stack.peek();
        if (f == null) {
            root = node;
            return;
        }
        f.size += size;
        if (!f.mapping) {
            f.items.add(node);
        } else if (f.key == null) {
            f.key = node;
        } else {
            YamlNode key = f.key;
            f.key = null;
            String name = key instanceof YamlNode.Scalar k ? k.value() : key.kind().name().toLowerCase(Locale.ROOT);
            if (f.entries.containsKey(name)) {
                // YAML forbids it, and silently keeping one of the two values would lose content.
                throw new YamlNode.Refused(Code.DUPLICATE_KEY, key.at(), new Field(name));
            }
            f.entries.put(name, new YamlNode.Entry(name, key.at(), node));
        }
    }

    private SourcePosition at(Optional<Mark> mark) {
        return mark.map(m -> new SourcePosition(file, m.getLine() + firstLine, m.getColumn() + 1))
                .orElse(new SourcePosition(file, firstLine, 0));
    }
}
