package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.commonmark.Extension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * CommonMark + GFM tables, strikethrough, autolinks, heading anchors and footnotes. Raw HTML in content is
 * allowed through the parser and then the whole output is sanitized: no script, no event handler, no
 * javascript: URL can reach a page. Built once, thread-safe.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = org.gongkai.core.internal.Markdown.EXTENSIONS;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "s", "ins", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
                    "a", "img", "hr", "br", "sup", "sub", "section", "div", "span", "dl", "dt", "dd", "abbr", "small")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title", "width", "height").onElements("img")
            .allowAttributes("id").onElements("h1", "h2", "h3", "h4", "h5", "h6", "li", "a", "section", "sup", "div", "span")
            .allowAttributes("class").onElements("section", "sup", "a", "div", "span", "code", "table", "th", "td")
            .allowAttributes("colspan", "rowspan").onElements("th", "td")
            .allowAttributes("scope").onElements("th")
            .allowAttributes("start").onElements("ol")
            .allowAttributes("aria-label").onElements("a")
            .allowAttributes("title").onElements("abbr")
            .toFactory();

    private final Parser parser = org.gongkai.core.internal.Markdown.PARSER;
    // GFM tables write align="…", which HTML5 made obsolete: a class carries the alignment to the stylesheet.
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                String align = attributes.remove("align");
                if (align != null) {
                    attributes.put("class", "align-" + align);
                }
            })
            .build();

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /** Sanitized HTML, safe to put into a page as is. */
    public String toHtml(String markdown) {
        return sanitize(html.render(parse(markdown)));
    }

    /**
     * Sanitized HTML with every link's and image's destination given to {@code links}: what it returns is the
     * destination written, and empty makes the link plain text (an image its alt text). The sanitizer runs after,
     * so no rewriting can bring in what it removes.
     */
    public String toHtml(String markdown, Function<String, Optional<String>> links) {
        Node doc = parse(markdown);
        List<Node> unlink = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.apply(link.getDestination()).ifPresentOrElse(link::setDestination, () -> unlink.add(link));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.apply(image.getDestination()).ifPresentOrElse(image::setDestination, () -> unlink.add(image));
                visitChildren(image);
            }
        });
        for (Node n : unlink) {
            // The children (the text, or an image's alt text) take the link's place.
            for (Node c = n.getFirstChild(); c != null; ) {
                Node next = c.getNext();
                n.insertBefore(c);
                c = next;
            }
            n.unlink();
        }
        return sanitize(html.render(doc));
    }

    /** Plain text of the body (feeds' summaries, open data, search): the words only, no markup or URLs. */
    public String toText(String markdown) {
        StringBuilder sb = new StringBuilder();
        parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                sb.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                sb.append('\n');
            }

            @Override
            public void visit(HardLineBreak b) {
                sb.append('\n');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
            }
        });
        return sb.toString().strip();
    }

    static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
