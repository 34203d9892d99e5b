package org.gongkai.core.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.core.content.Organ;

/**
 * The site's 索引号 pattern, e.g. {@code {organ.code}/{year}-{seq:5}}: placeholders {@code {organ.code}},
 * {@code {organ.id}}, {@code {year}} and {@code {seq:N}} (N digits, zero padded).
 */
public final class IndexPattern {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(organ\\.code|organ\\.id|year|seq(?::(\\d+))?)\\}");

    private IndexPattern() {
    }

    /** A regex with groups: organ (code or id), year, seq. */
    public static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(pattern.substring(last, m.start())));
            String name = m.group(1);
            if (name.startsWith("organ")) {
                re.append("(?<organ>[0-9A-Za-z-]+)");
            } else if (name.equals("year")) {
                re.append("(?<year>\\d{4})");
            } else {
                re.append(m.group(2) == null ? "(?<seq>\\d+)" : "(?<seq>\\d{" + m.group(2) + "})");
            }
            last = m.end();
        }
        re.append(Pattern.quote(pattern.substring(last)));
        return Pattern.compile(re.toString());
    }

    public static boolean matches(Pattern compiled, String index, Organ organ) {
        Matcher m = compiled.matcher(index);
        if (!m.matches()) {
            return false;
        }
        try {
            String o = m.group("organ");
            return o.equals(organ.code()) || o.equals(organ.id());
        } catch (IllegalArgumentException noOrganGroup) {
            return true;
        }
    }

    /** The index number for a sequence number: what {@code gongkai:new} assigns. */
    public static String format(String pattern, Organ organ, int year, int seq) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String v = switch (name) {
                case "organ.code" -> organ.code();
                case "organ.id" -> organ.id();
                case "year" -> Integer.toString(year);
                default -> m.group(2) == null ? Integer.toString(seq)
                        : String.format(java.util.Locale.ROOT, "%0" + m.group(2) + "d", seq);
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public static String example(String pattern, Organ organ, int year) {
        return format(pattern, organ, year, 1);
    }
}
