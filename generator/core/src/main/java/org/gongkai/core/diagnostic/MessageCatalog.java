package org.gongkai.core.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * The messages and hints of every {@link Code}, in Simplified Chinese and English, read from
 * {@code messages_zh-Hans.properties} and {@code messages_en.properties} beside this class (UTF-8). Placeholders
 * are {@code {0}}, {@code {1}} …, filled with the diagnostic's arguments; no other syntax (quotes are plain text,
 * unlike MessageFormat). Traditional Chinese converts the Simplified templates, never the quoted content.
 * Immutable once loaded; one instance per language.
 */
public final class MessageCatalog {
    private static final Map<DiagnosticLanguage, MessageCatalog> CATALOGS = loadAll();

    private final DiagnosticLanguage language;
    private final Map<String, String> templates;
    /** Traditional templates, converted on first use (ICU's converter is not cheap to run for every message). */
    private final Map<String, String> converted = new ConcurrentHashMap<>();

    private MessageCatalog(DiagnosticLanguage language, Map<String, String> templates) {
        this.language = language;
        this.templates = templates;
    }

    public static MessageCatalog of(DiagnosticLanguage language) {
        return CATALOGS.get(language);
    }

    private static Map<DiagnosticLanguage, MessageCatalog> loadAll() {
        Map<DiagnosticLanguage, MessageCatalog> m = new EnumMap<>(DiagnosticLanguage.class);
        Map<String, String> hans = read("messages_zh-Hans.properties");
        m.put(DiagnosticLanguage.ZH_HANS, new MessageCatalog(DiagnosticLanguage.ZH_HANS, hans));
        m.put(DiagnosticLanguage.ZH_HANT, new MessageCatalog(DiagnosticLanguage.ZH_HANT, hans));
        m.put(DiagnosticLanguage.EN, new MessageCatalog(DiagnosticLanguage.EN, read("messages_en.properties")));
        return m;
    }

    private static Map<String, String> read(String name) {
        Properties p = new Properties();
        try (InputStream in = MessageCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("message catalog " + name + " is missing from the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new java.util.HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return Map.copyOf(m);
    }

    /** Every key of this catalog, for the completeness tests. */
    public java.util.Set<String> keys() {
        return templates.keySet();
    }

    public String message(Diagnostic d) {
        return format(template(d.code().id()).orElse(d.code().id()), d.args());
    }

    public String hint(Diagnostic d) {
        return format(template(d.code().id() + ".hint").orElse(""), d.args());
    }

    public String severity(Severity s) {
        return template("severity." + s.name()).orElse(s.label());
    }

    private Optional<String> template(String key) {
        String t = templates.get(key);
        if (t == null) {
            return Optional.empty();
        }
        if (language != DiagnosticLanguage.ZH_HANT) {
            return Optional.of(t);
        }
        return Optional.of(converted.computeIfAbsent(key, k -> toTraditional(t)));
    }

    private static String toTraditional(String simplified) {
        // A new instance per template: ICU transliterators are not documented as safe for concurrent use.
        return Transliterator.getInstance("Hans-Hant").transliterate(simplified);
    }

    private String format(String template, List<Object> args) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3) {
                String n = template.substring(i + 1, close);
                if (n.chars().allMatch(Character::isDigit)) {
                    int index = Integer.parseInt(n);
                    sb.append(index < args.size() ? text(args.get(index)) : "");
                    i = close + 1;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private String text(Object arg) {
        if (arg instanceof Field f) {
            Optional<String> label = template("field." + f.key());
            if (language == DiagnosticLanguage.EN) {
                return "'" + f.key() + "'";
            }
            return label.map(l -> l + "（" + f.key() + "）").orElse("“" + f.key() + "”");
        }
        if (arg instanceof Phrase p) {
            String key = enumKey(p.which()) + (p.hint() ? ".hint" : "");
            return format(template(key).orElse(keyword(p.which())), p.args());
        }
        if (arg instanceof Enum<?> e) {
            return template(enumKey(e)).orElse(keyword(e));
        }
        return String.valueOf(arg);
    }

    /** The catalog's word for an enum constant (申请方式, 办理结果 …), its keyword when it has none. */
    public String word(Enum<?> e) {
        return template(enumKey(e)).orElse(keyword(e));
    }

    /** {@code enum.OrganType.VILLAGE}, {@code enum.YamlNode.Kind.TEXT}: the type's name without its package. */
    public static String enumKey(Enum<?> e) {
        String type = e.getDeclaringClass().getName();
        type = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
        return "enum." + type + "." + e.name();
    }

    private static String keyword(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
