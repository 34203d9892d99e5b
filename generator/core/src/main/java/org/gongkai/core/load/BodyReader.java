package org.gongkai.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.gongkai.core.content.BodyLink;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.internal.Markdown;

/**
 * Reads a Markdown body (an item's or a free page's) once, when its file is loaded: how deeply it nests, and its
 * links and images, each with the line and column of its {@code [} or {@code ![} in the content file.
 *
 * <p>The renderers walk the tree by recursion, so a body nested thousands deep would end the build in a
 * StackOverflowError: the tree is walked here by its links, without recursion, and a body deeper than {@link #MAX}
 * is refused with its line. The links are collected on the same walk: the checks, the model's link check and the
 * render stage's attachment copying all use them, and the preview keeps them with the loaded file until it changes
 * (each stage used to parse every body again). Raw HTML in a body is not looked at: only Markdown links are the
 * portal's to check and rewrite.
 */
final class BodyReader {
    /** Levels of the parsed tree; prose, tables and a few levels of lists use fewer than fifteen. */
    static final int MAX = 64;

    /** A body read: the line (0-based, in the body) where it first goes deeper than {@link #MAX}, or its links. */
    record Read(Optional<Integer> tooDeepAt, List<BodyLink> links) {
    }

    private BodyReader() {
    }

    /** {@code bodyLine} is the file line of the body's first line; {@code file} names the links' positions. */
    static Read read(String file, String body, int bodyLine) {
        Node node;
        try {
            node = Markdown.PARSER_WITH_SPANS.parse(body);
        } catch (StackOverflowError e) {
            // commonmark-java itself recurses in places (the autolink post-processor walks the tree, emphasis
            // processing nests): thousands of levels end its parse here, before our walk could measure them. The
            // parse holds no shared state, so the stack unwinds cleanly; the text is far past the limit, from its start.
            return new Read(Optional.of(0), List.of());
        }
        List<BodyLink> links = new ArrayList<>();
        int depth = 0;
        while (node != null) {
            // Pre-order, as written: a link before the image inside it.
            if (node instanceof Link link) {
                links.add(new BodyLink(link.getDestination(), false, at(link, file, bodyLine)));
            } else if (node instanceof Image image) {
                links.add(new BodyLink(image.getDestination(), true, at(image, file, bodyLine)));
            }
            Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                if (++depth > MAX) {
                    return new Read(Optional.of(line(node)), List.of());
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
        return new Read(Optional.empty(), List.copyOf(links));
    }

    /** Where a node starts in the file; a node without a span (none known) is placed at its nearest parent's. */
    private static SourcePosition at(Node node, String file, int bodyLine) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return new SourcePosition(file, bodyLine + spans.get(0).getLineIndex(), spans.get(0).getColumnIndex() + 1);
            }
        }
        return new SourcePosition(file, bodyLine, 0);
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
