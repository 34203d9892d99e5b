package org.gongkai.core.content;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 发文字号 as readers type it. Offices write {@code 示财〔2026〕12号}; readers type {@code 示财[2026]12号},
 * {@code 示财(2026)12号}, {@code 示财（2026）12号} or {@code 示财2026 12号}. {@link #key} makes one spelling of all of
 * them: full-width forms folded (NFKC), spaces and the year's brackets dropped, leading zeros and 第 before the
 * number dropped. The theme's {@code assets/policies.js} does the same in the browser; both are pinned by the test
 * vectors in {@code src/test/resources/policies/doc-number-vectors.txt}.
 *
 * @param agency 机关代字, e.g. 示财 (empty when the number does not have the usual form)
 * @param year the year in the brackets, 0 when there is none
 * @param number the serial number, 0 when there is none
 * @param key the comparison key: {@code 示财〔2026〕12号}, or the folded text when the form is not the usual one
 */
public record DocNumber(String agency, int year, long number, String key) {
    /** Brackets around the year, in every form an office or a keyboard writes them (after NFKC). */
    private static final String BRACKETS = "\\[\\]()〔〕【】〖〗{}<>〈〉《》「」";
    /**
     * 机关代字, year, number. Spelled with ASCII classes only ({@code [\s\S]}, {@code \d}), which mean the same in
     * Java and JavaScript.
     */
    private static final Pattern USUAL = Pattern.compile(
            "^([\\s\\S]*?)[" + BRACKETS + "]*((?:19|20)\\d{2})[" + BRACKETS + "]*第?0*(\\d{1,9})号?$");
    /** Spaces (NFKC has made the ideographic space U+3000 one): dropped, as readers put them anywhere. */
    private static final Pattern SPACE = Pattern.compile("[ \\t\\n\\x0B\\f\\r]+");

    /**
     * A total order for lists "by 文号": by 机关代字, year and number (12 before 100), then by the text; numbers that
     * do not have the usual form after those that do.
     */
    public static final Comparator<DocNumber> ORDER = Comparator.comparing((DocNumber d) -> d.year() == 0)
            .thenComparing(DocNumber::agency).thenComparingInt(DocNumber::year).thenComparingLong(DocNumber::number)
            .thenComparing(DocNumber::key);

    /** The 发文字号 as written, read; empty for an empty one. */
    public static Optional<DocNumber> parse(String written) {
        String folded = SPACE.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC)).replaceAll("");
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = USUAL.matcher(folded);
        if (m.matches() && !m.group(1).isEmpty()) {
            String agency = m.group(1);
            int year = Integer.parseInt(m.group(2));
            long number = Long.parseLong(m.group(3));
            return Optional.of(new DocNumber(agency, year, number, agency + "〔" + year + "〕" + number + "号"));
        }
        return Optional.of(new DocNumber("", 0, 0, folded));
    }

    /** The comparison key of a 发文字号 as written or typed; empty for an empty one. */
    public static String key(String written) {
        return parse(written).map(DocNumber::key).orElse("");
    }
}
