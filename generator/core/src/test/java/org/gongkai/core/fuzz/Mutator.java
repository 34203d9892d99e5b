package org.gongkai.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes hostile variants of real items, the way pull requests could: flipped and inserted bytes, YAML and
 * Markdown syntax in the wrong places, invisible and malformed Unicode, truncation, two items spliced, and
 * structures nested thousands deep. Deterministic for a seed.
 */
final class Mutator {
    private static final String[] YAML_TOKENS = {"[", "]", "{", "}", ": ", "- ", "? ", "&a ", "*a", "*b", "&b [*a, *a]",
            "!!str ", "!!binary ", "!!map ", "|", ">-", "'", "\"", "#", "\t", "---\n", "...\n", "%YAML 1.2\n", ",", "\\",
            "\n  ", "\n- ", "<<: *a\n", "~", "null", "0x1F", "1e999", ".nan", "2026-02-30", "9999-99-99T99:99"};
    private static final String[] MARKDOWN_TOKENS = {"> ", "- ", "* ", "1. ", "```", "~~~", "    ", "|---|", "| a |",
            "[", "](", ")", "![", "<", ">", "</div>", "<div>", "<script>", "&#0;", "&amp", "*", "**", "_", "`", "\\",
            "[^1]", "[^1]: ", "<!--", "-->", "\n\n", "# ", "======\n", "---\n", "<http://", "www.", "@", "$$"};
    private static final String[] UNICODE = {"\u200B", "\u200D", "\uFEFF", "\u202E", "\u2066", "\u0301", "\u3000",
            "\u00A0", "\uD83D\uDE00", "\uFF11", "\u0000", "\u001B", "\u2028", "\uFFFD", "\uDBFF", "\uDC00", "𠀀", "囍"};

    private final SplittableRandom random;
    private final List<String> seeds;

    Mutator(long seed, List<String> seeds) {
        this.random = new SplittableRandom(seed);
        this.seeds = seeds;
    }

    /** One input: a seed item with one to four mutations, or a generated deep structure. */
    byte[] next() {
        String text = seeds.get(random.nextInt(seeds.size()));
        if (random.nextInt(10) == 0) {
            return deep(text).getBytes(StandardCharsets.UTF_8);
        }
        int rounds = 1 + random.nextInt(4);
        byte[] bytes = null;
        for (int r = 0; r < rounds; r++) {
            switch (random.nextInt(8)) {
                case 0 -> text = insert(text, pick(YAML_TOKENS), frontMatterPosition(text));
                case 1 -> text = insert(text, pick(MARKDOWN_TOKENS), bodyPosition(text));
                case 2 -> text = insert(text, pick(UNICODE), random.nextInt(text.length() + 1));
                case 3 -> text = text.substring(0, random.nextInt(text.length() + 1));
                case 4 -> text = splice(text, seeds.get(random.nextInt(seeds.size())));
                case 5 -> text = repeatSomething(text);
                case 6 -> text = duplicateLine(text);
                default -> bytes = flipBytes(text.getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8);
    }

    private String pick(String[] tokens) {
        return tokens[random.nextInt(tokens.length)];
    }

    private int frontMatterPosition(String text) {
        int end = text.indexOf("\n---", 3);
        return random.nextInt(Math.max(1, end < 0 ? text.length() : end) + 1);
    }

    private int bodyPosition(String text) {
        int end = text.indexOf("\n---", 3);
        int start = end < 0 ? 0 : end + 4;
        return start + random.nextInt(Math.max(1, text.length() - start + 1));
    }

    private static String insert(String text, String what, int at) {
        int i = Math.min(Math.max(0, at), text.length());
        return text.substring(0, i) + what + text.substring(i);
    }

    private String splice(String a, String b) {
        return a.substring(0, random.nextInt(a.length() + 1)) + b.substring(random.nextInt(b.length() + 1));
    }

    /** A token or a slice of the text repeated up to thousands of times: long runs, wide tables, huge lines. */
    private String repeatSomething(String text) {
        int from = random.nextInt(text.length() + 1);
        String unit = random.nextBoolean() || text.isEmpty() ? pick(random.nextBoolean() ? MARKDOWN_TOKENS : YAML_TOKENS)
                : text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(20)));
        return insert(text, unit.repeat(1 + random.nextInt(3000)), random.nextInt(text.length() + 1));
    }

    private String duplicateLine(String text) {
        String[] lines = text.split("\n", -1);
        int i = random.nextInt(lines.length);
        return insert(text, lines[i] + "\n", text.indexOf(lines[i]));
    }

    private byte[] flipBytes(byte[] b) {
        byte[] out = b.clone();
        int n = 1 + random.nextInt(8);
        for (int k = 0; k < n && out.length > 0; k++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    /** Nesting far past every limit, in one of the shapes that used to overflow the stack. */
    private String deep(String seed) {
        int depth = 100 + random.nextInt(6000);
        int split = seed.indexOf("\n---", 3);
        String fm = split < 0 ? seed : seed.substring(0, split);
        String body = split < 0 ? "" : seed.substring(split + 4);
        return switch (random.nextInt(9)) {
            case 0 -> fm + "\nx: " + "[".repeat(depth) + "]".repeat(depth) + "\n---" + body;
            case 1 -> fm + "\nx: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n---" + body;
            case 2 -> fm + "\nx:\n" + "- ".repeat(depth) + "x\n---" + body;
            case 3 -> fm + "\nx: &a [1, *a]\n---" + body;
            case 4 -> fm + "\n---\n" + "> ".repeat(depth) + "引用\n";
            case 5 -> fm + "\n---\n" + listLadder(Math.min(depth, 800));
            case 6 -> fm + "\n---\n" + "*a ".repeat(depth) + "b" + "*".repeat(depth) + "\n";
            case 7 -> fm + "\n---\n" + "<div>".repeat(depth) + "x" + "</div>".repeat(depth) + "\n";
            default -> fm + "\n---\n" + "[".repeat(depth) + "x" + "](y)".repeat(depth) + "\n";
        };
    }

    private static String listLadder(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("- 第").append(i).append("层\n");
        }
        return sb.toString();
    }
}
