package org.gongkai.core.load;

import java.util.List;
import java.util.Optional;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.gongkai.core.internal.Markdown;

/**
 * How deeply a Markdown body nests (quotes in lists in quotes, emphasis in emphasis …). The renderers walk the tree
 * by recursion, so a body nested thousands deep would end the build in a StackOverflowError; the load stage
 * measures it first, by walking the tree with its links and no recursion, and refuses it with its line.
 */
final class MarkdownDepth {
    /** Levels of the parsed tree; prose, tables and a few levels of lists use fewer than fifteen. */
    static final int MAX = 64;

    private MarkdownDepth() {
    }

    /** The body's line (0-based) where it first goes deeper than {@link #MAX}, or empty when it does not. */
    static Optional<Integer> tooDeep(String body) {
        Node node;
        try {
            node = Markdown.PARSER_WITH_SPANS.parse(body);
        } catch (StackOverflowError e) {
            // commonmark-java itself recurses in places (the autolink post-processor walks the tree, emphasis
            // processing nests): thousands of levels end its parse here, before our walk could measure them. The
            // parse holds no shared state, so the stack unwinds cleanly; the text is far past the limit, from its start.
            return Optional.of(0);
        }
        int depth = 0;
        while (node != null) {
            Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                if (++depth > MAX) {
                    return Optional.of(line(node));
                }
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node != null) {
                node = node.getNext();
            }
        }
        return Optional.empty();
    }

    private static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex();
            }
        }
        return 0;
    }
}
