package org.gongkai.core.model;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An alias turned into the portal path its redirect page is written at, or the reason it cannot be one.
 * "/old/page.html" → "old/page.html"; "/old/dir" or "/old/dir/" → "old/dir/"; "https://old.example/a.html" →
 * "a.html". Percent-encoded characters are decoded, because a web server decodes the request before it looks
 * for the file: "/%E6%94%BF.html" is served from the file "政.html". What could lead anywhere but one plain file
 * under the portal is refused: ".." and "." segments, "//", backslashes, drive letters, encoded separators.
 */
final class AliasPath {
    /** Why an alias is not a usable path; each is a phrase of bad-alias's message. */
    enum Problem {
        EMPTY, QUERY, BACKSLASH, DRIVE, EMPTY_SEGMENT, DOT_SEGMENT, ENCODED_SEPARATOR, BAD_ENCODING, CHARACTER, TOO_LONG
    }

    /** What parsing gave: a path, or a refusal. */
    sealed interface Result permits Href, Refused {
    }

    /** The site-relative href of the redirect: a folder ending in '/', or a file ending in .html or .htm. */
    record Href(String href) implements Result {
    }

    /** {@code detail} is what the phrase of {@code problem} shows: the offending character or segment. */
    record Refused(Problem problem, String detail) implements Result {
    }

    /** Longest file or folder name most file systems take (ext4, NTFS, APFS: 255). */
    static final int MAX_NAME_BYTES = 255;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern DRIVE = Pattern.compile("^/?[A-Za-z]:.*", Pattern.DOTALL);

    private AliasPath() {
    }

    static Result parse(String alias) {
        String p = alias.strip();
        if (p.isEmpty()) {
            return new Refused(Problem.EMPTY, "");
        }
        if (p.indexOf('\\') >= 0) {
            return new Refused(Problem.BACKSLASH, "\\");
        }
        var scheme = SCHEME.matcher(p);
        if (scheme.find()) {
            // Host and port of the old site are dropped: only the path is the portal's.
            String rest = p.substring(scheme.end());
            int slash = rest.indexOf('/');
            p = slash < 0 ? "/" : rest.substring(slash);
        }
        if (DRIVE.matcher(p).matches()) {
            return new Refused(Problem.DRIVE, p.substring(p.indexOf(':') - 1, p.indexOf(':') + 1));
        }
        int query = indexOfAny(p, "?#");
        if (query >= 0) {
            return new Refused(Problem.QUERY, p.substring(query));
        }
        // One leading slash is the root; a second one would start a host ("//old.example/…"), refused below.
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        Result decoded = decode(p);
        if (decoded instanceof Refused) {
            return decoded;
        }
        p = ((Href) decoded).href();
        String[] segments = p.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty()) {
                if (i < segments.length - 1) {
                    return new Refused(Problem.EMPTY_SEGMENT, "//");
                }
                continue; // the end of a folder, or the root
            }
            if (s.chars().allMatch(c -> c == '.')) {
                return new Refused(Problem.DOT_SEGMENT, s);
            }
            if (s.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return new Refused(Problem.TOO_LONG, String.valueOf(MAX_NAME_BYTES));
            }
            int bad = s.codePoints().filter(c -> !allowed(c)).findFirst().orElse(-1);
            if (bad >= 0) {
                return new Refused(Problem.CHARACTER, Character.isISOControl(bad)
                        ? String.format(Locale.ROOT, "U+%04X", bad) : new String(Character.toChars(bad)));
            }
        }
        String lower = p.toLowerCase(Locale.ROOT);
        boolean page = lower.endsWith(".html") || lower.endsWith(".htm");
        return new Href(p.isEmpty() || p.endsWith("/") || page ? p : p + "/");
    }

    /** Letters and digits of any script, and the unreserved marks of RFC 3986. */
    private static boolean allowed(int c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '~' || c == '-';
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Decodes %XX sequences as UTF-8. An encoded '.', '/', '\' or '%' is refused: a server may decode it after
     * resolving the path, so "%2e%2e" or "a%2fb" would mean one thing to the server and another to the build.
     */
    private static Result decode(String p) {
        if (p.indexOf('%') < 0) {
            return new Href(p);
        }
        ByteBuffer bytes = ByteBuffer.allocate(p.length() * 4);
        for (int i = 0; i < p.length(); ) {
            char c = p.charAt(i);
            if (c != '%') {
                int cp = p.codePointAt(i);
                bytes.put(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
                continue;
            }
            int hi = i + 2 < p.length() ? Character.digit(p.charAt(i + 1), 16) : -1;
            int lo = i + 2 < p.length() ? Character.digit(p.charAt(i + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                return new Refused(Problem.BAD_ENCODING, p.substring(i, Math.min(p.length(), i + 3)));
            }
            int b = hi * 16 + lo;
            if (b == '.' || b == '/' || b == '\\' || b == '%') {
                return new Refused(Problem.ENCODED_SEPARATOR, p.substring(i, i + 3));
            }
            bytes.put((byte) b);
            i += 3;
        }
        bytes.flip();
        try {
            return new Href(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return new Refused(Problem.BAD_ENCODING, p);
        }
    }
}
