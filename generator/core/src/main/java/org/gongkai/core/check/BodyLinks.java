package org.gongkai.core.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.gongkai.core.diagnostic.SourcePosition;
import org.gongkai.core.internal.Markdown;

/**
 * The links and images of a Markdown body (items and free pages), each with the line and column of its
 * {@code [} or {@code ![} in the content file, and how the build reads their destinations ({@link LinkDestination}).
 * Raw HTML in a body is not looked at: only Markdown links are the portal's to check and rewrite.
 */
public final class BodyLinks {
    /** A link or image as written: its destination, and where it is. */
    public record BodyLink(String destination, boolean image, SourcePosition at) {
    }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /**
     * What every link or image of a body starts from: '[' (links, images, references), '<' (autolinks) or what the
     * autolink extension takes for an address ("://", "www.", '@'). Most bodies have none, and are not parsed.
     */

    private BodyLinks() {
    }

    /** Every link and image of {@code body}, in the order written; {@code bodyLine} is the file line of its first line. */
    public static List<BodyLink> in(String file, String body, int bodyLine) {
        if (!mayHaveLinks(body)) {
            return List.of();
        }
        List<BodyLink> out = new ArrayList<>();
        Markdown.PARSER_WITH_SPANS.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                out.add(new BodyLink(link.getDestination(), false, at(link, file, bodyLine)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                out.add(new BodyLink(image.getDestination(), true, at(image, file, bodyLine)));
                visitChildren(image);
            }
        });
        return List.copyOf(out);
    }

    /** False when {@code body} cannot have a link or image: then there is nothing to parse for. */
    public static boolean mayHaveLinks(String body) {
        // A scan by hand for [ < @ :// www. (any case): a regular expression for it was a sixth of a 10k preview
        // rebuild.
        for (int i = 0, n = body.length(); i < n; i++) {
            char c = body.charAt(i);
            if (c == '[' || c == '<' || c == '@'
                    || (c == ':' && body.startsWith("//", i + 1))
                    || ((c == 'w' || c == 'W') && body.regionMatches(true, i, "www.", 0, 4))) {
                return true;
            }
        }
        return false;
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

    /**
     * How the build reads a destination. {@code baseUrl} is the site's (ending in '/'): a link that starts with it
     * is the portal's own, as if written from the root.
     */
    public static LinkDestination destination(String destination, String baseUrl) {
        String d = destination.strip();
        String site = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!site.isEmpty() && (d.equals(site) || d.startsWith(site + "/"))) {
            d = d.equals(site) ? "/" : d.substring(site.length());
        } else if (SCHEME.matcher(d).find() || d.startsWith("//")) {
            return new LinkDestination.Elsewhere();
        }
        if (d.isEmpty() || d.startsWith("#")) {
            return new LinkDestination.SamePage();
        }
        int cut = indexOfAny(d, "?#");
        String suffix = cut < 0 ? "" : d.substring(cut);
        String path = cut < 0 ? d : d.substring(0, cut);
        if (path.indexOf('\\') >= 0) {
            return new LinkDestination.Refused(LinkProblem.BACKSLASH, "\\");
        }
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        LinkDestination decoded = decode(path);
        if (decoded instanceof LinkDestination.Refused) {
            return decoded;
        }
        path = ((LinkDestination.Local) decoded).path();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].isEmpty() && i < segments.length - 1) {
                return new LinkDestination.Refused(LinkProblem.EMPTY_SEGMENT, "//");
            }
            if (segments[i].equals(".") || segments[i].equals("..")) {
                return new LinkDestination.Refused(LinkProblem.DOT_SEGMENT, segments[i]);
            }
        }
        if (path.startsWith("content/")) {
            path = path.substring("content/".length());
        }
        return new LinkDestination.Local(path, suffix);
    }

    /** The path under content/ of the attachment a destination names, if it names one (whether or not it exists). */
    public static Optional<String> attachment(String destination, String baseUrl) {
        return destination(destination, baseUrl) instanceof LinkDestination.Local l && l.path().startsWith("attachments/")
                ? Optional.of(l.path()) : Optional.empty();
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** %XX as UTF-8; an encoded separator is refused, as for aliases (a server may decode it after resolving). */
    private static LinkDestination decode(String p) {
        if (p.indexOf('%') < 0) {
            return new LinkDestination.Local(p, "");
        }
        ByteBuffer bytes = ByteBuffer.allocate(p.length() * 4);
        for (int i = 0; i < p.length(); ) {
            if (p.charAt(i) != '%') {
                int cp = p.codePointAt(i);
                bytes.put(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
                continue;
            }
            int hi = i + 2 < p.length() ? Character.digit(p.charAt(i + 1), 16) : -1;
            int lo = i + 2 < p.length() ? Character.digit(p.charAt(i + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                return new LinkDestination.Refused(LinkProblem.BAD_ENCODING, p.substring(i, Math.min(p.length(), i + 3)));
            }
            int b = hi * 16 + lo;
            if (b == '.' || b == '/' || b == '\\' || b == '%') {
                return new LinkDestination.Refused(LinkProblem.ENCODED_SEPARATOR, p.substring(i, i + 3));
            }
            bytes.put((byte) b);
            i += 3;
        }
        bytes.flip();
        try {
            return new LinkDestination.Local(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString(), "");
        } catch (CharacterCodingException e) {
            return new LinkDestination.Refused(LinkProblem.BAD_ENCODING, p);
        }
    }
}
