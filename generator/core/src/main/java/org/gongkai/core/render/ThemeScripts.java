package org.gongkai.core.render;

import java.nio.charset.StandardCharsets;

/**
 * The theme's scripts as the portal ships them: without whole-line comments, blank lines and indentation (the
 * search's four scripts are a fifth smaller; every first visit of the search page loads them). Only whole lines
 * are dropped or trimmed, which cannot change a script that has no token spanning lines: a script with a
 * template literal or a line continuation in its code, or a block comment that shares a line with code where it
 * closes, is shipped as it is.
 */
public final class ThemeScripts {
    private ThemeScripts() {
    }

    /** A theme file's bytes as the portal ships them: a script compacted, anything else as it is. */
    public static byte[] asShipped(String path, byte[] bytes) {
        return path.endsWith(".js")
                ? compact(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes;
    }

    /** The script compacted, or the script itself where a line-by-line reading cannot be sure. */
    public static String compact(String script) {
        StringBuilder out = new StringBuilder(script.length());
        boolean inComment = false;
        for (String line : script.split("\n", -1)) {
            String t = line.strip();
            if (inComment) {
                int close = t.indexOf("*/");
                if (close >= 0 && close != t.length() - 2) {
                    return script;
                }
                inComment = close < 0;
                continue;
            }
            if (t.isEmpty() || t.startsWith("//")) {
                continue;
            }
            if (t.startsWith("/*")) {
                int close = t.indexOf("*/", 2);
                if (close >= 0 && close != t.length() - 2) {
                    return script;
                }
                inComment = close < 0;
                continue;
            }
            // A template literal or a continued string could hold lines that look like comments: it starts on a
            // line of code.
            if (t.indexOf('`') >= 0 || t.endsWith("\\")) {
                return script;
            }
            out.append(t).append('\n');
        }
        return inComment ? script : out.toString();
    }
}
