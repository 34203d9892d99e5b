package org.gongkai.core.internal;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Bare addresses in text become links (http://, https://, www. and e-mail addresses), as GFM does, except that an
 * address ends at its first character outside printable ASCII. autolink-java keeps going through any non-ASCII
 * character, for internationalised domains and paths, so in Chinese text, where no space follows an address,
 * "请登录www.gov.cn、写信给我们" linked "www.gov.cn、写信给我们" and readers got a dead link. An address with Chinese
 * characters in it is written as a link, [text](address) or &lt;address&gt;; those are not touched here.
 */
final class Autolinks implements Parser.ParserExtension {
    private static final LinkExtractor EXTRACTOR = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

    private Autolinks() {
    }

    static Extension create() {
        return new Autolinks();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(new Linker());
    }

    /** Printable ASCII: what an address written bare in Chinese text is made of. */
    private static boolean inAddress(char c) {
        return c >= 0x21 && c <= 0x7e;
    }

    private static final class Linker implements PostProcessor {
        @Override
        public Node process(Node document) {
            List<Text> texts = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    // the text of a link is not linked again
                }

                @Override
                public void visit(Text text) {
                    texts.add(text);
                }
            });
            for (Text t : texts) {
                link(t);
            }
            return document;
        }

        private static void link(Text text) {
            String literal = text.getLiteral();
            // One source span of the literal's length maps offsets to columns; otherwise (escapes, entities) every
            // piece keeps the text's spans, which still name its line.
            List<SourceSpan> spans = text.getSourceSpans();
            boolean exact = spans.size() == 1 && spans.get(0).getLength() == literal.length();
            Node last = text;
            int at = 0;
            // autolink-java reads each run of printable ASCII on its own, so an address ends where Chinese text
            // (or a space) begins, and a run starts a word ("登录www.gov.cn" links). Each run is read once, through a
            // view: linear in the text, however many addresses it holds.
            int pos = 0;
            while (pos < literal.length()) {
                if (!inAddress(literal.charAt(pos))) {
                    pos++;
                    continue;
                }
                int run = pos;
                while (pos < literal.length() && inAddress(literal.charAt(pos))) {
                    pos++;
                }
                for (LinkSpan s : EXTRACTOR.extractLinks(CharBuffer.wrap(literal, run, pos))) {
                    int b = run + s.getBeginIndex();
                    int e = run + s.getEndIndex();
                    if (b > at) {
                        last = after(last, new Text(literal.substring(at, b)), spans, exact, at, b);
                    }
                    String shown = literal.substring(b, e);
                    String destination = switch (s.getType()) {
                        case WWW -> "http://" + shown;
                        case EMAIL -> "mailto:" + shown;
                        default -> shown;
                    };
                    Link link = new Link(destination, null);
                    Text label = new Text(shown);
                    link.appendChild(label);
                    last = after(last, link, spans, exact, b, e);
                    label.setSourceSpans(link.getSourceSpans());
                    at = e;
                }
            }
            if (last == text) {
                return; // no address: the text stays as it was
            }
            if (at < literal.length()) {
                after(last, new Text(literal.substring(at)), spans, exact, at, literal.length());
            }
            text.unlink();
        }

        private static Node after(Node previous, Node node, List<SourceSpan> spans, boolean exact, int begin, int end) {
            if (exact) {
                SourceSpan s = spans.get(0);
                node.setSourceSpans(List.of(SourceSpan.of(s.getLineIndex(), s.getColumnIndex() + begin,
                        s.getInputIndex() + begin, end - begin)));
            } else {
                node.setSourceSpans(spans);
            }
            previous.insertAfter(node);
            return node;
        }
    }
}
