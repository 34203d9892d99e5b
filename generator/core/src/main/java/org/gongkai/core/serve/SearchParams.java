package org.gongkai.core.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongkai.core.content.Genre;
import org.gongkai.core.content.Validity;
import org.gongkai.core.search.SearchFilters;
import org.gongkai.core.search.SearchSort;

/**
 * The query string of {@code /api/search}, checked before anything runs: a value the search could choke on (a page
 * number whose offset overflows, a query of a megabyte) or that is plainly a mistake (sort=newset, year=26, a
 * parameter that does not exist) is a 400 that says which parameter is wrong and what it may be.
 */
record SearchParams(String q, SearchFilters filters, SearchSort sort, int page) {
    static final int MAX_PAGE = 10_000;
    static final int MAX_QUERY = 200;
    private static final int MAX_ID = 64;
    private static final List<String> NAMES = List.of("q", "category", "organ", "genre", "validity", "yearFrom",
            "yearTo", "sort", "page");
    /** As the catalog and site.yaml require ids to be. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern YEAR = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,4}");

    /** A parameter the search refuses; the message is bilingual, Chinese first. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    static SearchParams parse(String rawQuery) throws Invalid {
        Map<String, String> p = params(rawQuery);
        String q = p.getOrDefault("q", "");
        if (q.codePointCount(0, q.length()) > MAX_QUERY) {
            throw new Invalid("参数 q 最多 " + MAX_QUERY + " 个字 (q must be at most " + MAX_QUERY + " characters)");
        }
        SearchFilters filters = new SearchFilters(id(p, "category", "栏目"), id(p, "organ", "机构"),
                oneOf(p, "genre", Genre.values()), oneOf(p, "validity", Validity.values()), year(p, "yearFrom"),
                year(p, "yearTo"));
        if (filters.yearFrom() != 0 && filters.yearTo() != 0 && filters.yearFrom() > filters.yearTo()) {
            throw new Invalid("参数 yearFrom 不能晚于 yearTo (yearFrom must not be after yearTo)");
        }
        SearchSort sort = switch (p.getOrDefault("sort", "")) {
            case "", "relevance" -> SearchSort.RELEVANCE;
            case "newest" -> SearchSort.NEWEST;
            case "oldest" -> SearchSort.OLDEST;
            default -> throw new Invalid("参数 sort 必须是 relevance、newest 或 oldest，或留空 "
                    + "(sort must be relevance, newest or oldest, or empty)");
        };
        return new SearchParams(q, filters, sort, page(p));
    }

    /** Decoded, each name at most once, only the names the search knows. */
    private static Map<String, String> params(String rawQuery) throws Invalid {
        Map<String, String> out = new HashMap<>();
        if (rawQuery == null) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue; // "a=1&&b=2"
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!NAMES.contains(name)) {
                throw new Invalid("没有参数 " + shown(name) + "；可用的参数是 " + String.join("、", NAMES) + " (there is no "
                        + "parameter " + shown(name) + "; the parameters are " + String.join(", ", NAMES) + ")");
            }
            if (out.putIfAbsent(name, value) != null) {
                throw new Invalid("参数 " + name + " 只能出现一次 (" + name + " may appear only once)");
            }
        }
        return out;
    }

    private static String decode(String s) throws Invalid {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) { // "%zz": the JDK server refuses such a URI before it gets here, too
            throw new Invalid("查询字符串中有错误的百分号编码 (the query string has a malformed %-escape): " + shown(s));
        }
    }

    /** A name as the message repeats it: not the whole of a long one. */
    private static String shown(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String id(Map<String, String> p, String name, String what) throws Invalid {
        String v = p.getOrDefault(name, "");
        if (!v.isEmpty() && (v.length() > MAX_ID || !ID.matcher(v).matches())) {
            throw new Invalid("参数 " + name + " 必须是" + what + "的 id：小写字母、数字和连字符，最多 " + MAX_ID + " 个，或留空 ("
                    + name + " must be an id: lower-case letters, digits and hyphens, at most " + MAX_ID
                    + ", or empty)");
        }
        return v;
    }

    /** genre=regulation, validity=valid: the enum names in lower case, as the index holds them. */
    private static String oneOf(Map<String, String> p, String name, Enum<?>[] values) throws Invalid {
        String v = p.getOrDefault(name, "");
        List<String> allowed = Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
        if (!v.isEmpty() && !allowed.contains(v)) {
            throw new Invalid("参数 " + name + " 必须是 " + String.join("、", allowed) + " 之一，或留空 (" + name
                    + " must be one of " + String.join(", ", allowed) + ", or empty)");
        }
        return v;
    }

    /** 0 when empty: SearchFilters' "any year". */
    private static int year(Map<String, String> p, String name) throws Invalid {
        String v = p.getOrDefault(name, "");
        if (v.isEmpty()) {
            return 0;
        }
        if (!YEAR.matcher(v).matches()) {
            throw new Invalid("参数 " + name + " 必须是四位数的年份，或留空 (" + name + " must be a four-digit year, or empty)");
        }
        return Integer.parseInt(v);
    }

    /** 1..{@value #MAX_PAGE}: the offset, (page - 1) × page size, then stays far from overflowing. */
    private static int page(Map<String, String> p) throws Invalid {
        String v = p.getOrDefault("page", "");
        if (v.isEmpty()) {
            return 1;
        }
        if (!PAGE.matcher(v).matches() || Integer.parseInt(v) > MAX_PAGE) {
            throw new Invalid("参数 page 必须是 1 到 " + MAX_PAGE + " 之间的整数 (page must be a whole number from 1 to "
                    + MAX_PAGE + ")");
        }
        return Integer.parseInt(v);
    }
}
