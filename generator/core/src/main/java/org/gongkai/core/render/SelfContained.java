package org.gongkai.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.core.content.Content;
import org.gongkai.core.content.SiteMarks;

/**
 * What the 404 page carries inside itself. A web server sends 404.html for a missing path at any depth
 * (/a/b/c/missing), and the page is also read off its host (a copy on a disk, another server): relative links to
 * the stylesheet lead nowhere there, and absolute ones to the production site. So its styles are in the page and
 * the footer's mark images are data: URLs; the page loads nothing.
 */
final class SelfContained {
    /** The screen styles the 404 page needs: the theme's own and the search box's. */
    private static final List<String> STYLESHEETS = List.of("style.css", "search/search.css");

    private SelfContained() {
    }

    /** The stylesheets under {@code assets}, without comments and indentation, safe inside a style element. */
    static String css(Path assets) {
        StringBuilder sb = new StringBuilder();
        for (String name : STYLESHEETS) {
            Path f = assets.resolve(name);
            if (Files.isRegularFile(f)) {
                try {
                    sb.append(compact(Files.readString(f, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the theme's " + name, e);
                }
            }
        }
        // "</style" would end the element; in CSS "<\/" is the same two characters.
        return sb.toString().replace("</", "<\\/");
    }

    /** Comments out, lines trimmed and blank lines dropped; strings (content: "…") are kept as written. */
    static String compact(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < css.length() && css.charAt(j) != c && css.charAt(j) != '\n') {
                    j += css.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, css.length());
                out.append(css, i, j);
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        StringBuilder lines = new StringBuilder(out.length());
        for (String line : out.toString().split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                lines.append(t).append('\n');
            }
        }
        return lines.toString();
    }

    /** The footer's mark images (checked to be images of content/attachments/) by their path, as data: URLs. */
    static Map<String, String> images(Content content) {
        Map<String, String> out = new LinkedHashMap<>();
        SiteMarks marks = content.site().marks();
        for (String image : List.of(marks.conacImage(), marks.policeIcon())) {
            var file = image.isEmpty() ? null : content.attachments().get(image);
            if (file == null) {
                continue;
            }
            try {
                out.put(image, "data:" + type(image) + ";base64,"
                        + Base64.getEncoder().encodeToString(Files.readAllBytes(file.real())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + image, e);
            }
        }
        return out;
    }

    private static String type(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "svg" -> "image/svg+xml";
            case "webp" -> "image/webp";
            default -> "image/png";
        };
    }
}
