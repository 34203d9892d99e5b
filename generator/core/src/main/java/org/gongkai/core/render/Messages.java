package org.gongkai.core.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UI messages of a theme, one UTF-8 properties file per language under {@code messages/}. Falls back to zh-Hans
 * and then to the key itself, never to the JVM's locale (Pebble's own i18n would).
 */
public final class Messages {
    private static final String FALLBACK = "zh-Hans";
    private final Map<String, Properties> byLanguage;
    /**
     * Parsed patterns: every page asks for dozens, and parsing a pattern cost more than the rest of the lookup. A
     * MessageFormat is not thread-safe, so each use formats with a copy of it.
     */
    private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Map<String, Properties> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static Messages load(Path messagesDir) throws IOException {
        Map<String, Properties> m = new HashMap<>();
        if (Files.isDirectory(messagesDir)) {
            try (var files = Files.list(messagesDir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                    Properties props = new Properties();
                    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                        props.load(r);
                    }
                    String name = p.getFileName().toString();
                    m.put(name.substring(0, name.length() - ".properties".length()), props);
                }
            }
        }
        return new Messages(Map.copyOf(m));
    }

    public String get(String lang, String key, Object... args) {
        String pattern = lookup(lang, key);
        if (args.length == 0) {
            return pattern;
        }
        // Numbers as plain digits: MessageFormat would print the year 2026 as "2,026".
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? args[i].toString() : args[i];
        }
        MessageFormat format = formats.computeIfAbsent(pattern, p -> new MessageFormat(p, Locale.ROOT));
        return ((MessageFormat) format.clone()).format(plain);
    }

    private String lookup(String lang, String key) {
        Properties p = byLanguage.get(lang);
        String found = p == null ? null : p.getProperty(key);
        if (found != null) {
            return found;
        }
        Properties f = byLanguage.get(FALLBACK);
        found = f == null ? null : f.getProperty(key);
        return found != null ? found : key;
    }
}
