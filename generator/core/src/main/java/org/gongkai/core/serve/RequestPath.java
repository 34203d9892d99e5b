package org.gongkai.core.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The traversal guard: turns the raw path of a request into a site-relative path of the preview, or refuses it.
 * The server only ever looks paths up in the build's output plan (never on disk), and this guard also refuses
 * every '.' and '..' segment, encoded or not, backslashes and NUL bytes, so no request can name anything outside
 * the preview even if that changes.
 */
final class RequestPath {

    /** A request the server refuses, with the HTTP status to answer. */
    static final class Refused extends Exception {
        private final int status;

        Refused(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private RequestPath() {
    }

    /**
     * "/" → "", "/catalog/" → "catalog/", "/items/a%20b/" → "items/a b/". Keeps a trailing slash: the server
     * tells folders from files by it.
     */
    static String resolve(String rawPath) throws Refused {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new Refused(400, "not an absolute path");
        }
        String path = decode(rawPath);
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            throw new Refused(403, "backslash or NUL in the path");
        }
        String rel = path.substring(1);
        String[] segments = rel.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.equals(".") || s.equals("..")) {
                throw new Refused(403, "'.' or '..' in the path");
            }
            if (s.isEmpty() && i < segments.length - 1) {
                throw new Refused(404, "empty segment"); // "//x": not a URL of the portal
            }
        }
        return rel;
    }

    /** Strict percent-decoding as UTF-8; '+' stays a plus sign (it means a space only in query strings). */
    static String decode(String raw) throws Refused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new Refused(400, "truncated percent-escape");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new Refused(400, "bad percent-escape");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    b = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "the path is not UTF-8");
        }
    }
}
