package org.gongkai.core.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the build reads the destinations of a body's links and images ({@link LinkDestination}); the links themselves
 * are read when the file is loaded ({@link org.gongkai.core.content.BodyLink}).
 */
public final class BodyLinks {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private BodyLinks() {
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
