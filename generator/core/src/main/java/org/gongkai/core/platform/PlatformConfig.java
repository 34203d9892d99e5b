package org.gongkai.core.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code platform.yaml} at the platform's root, the platform office's own file (trusted as the pom is):
 * {@code name} (the platform home's title, e.g. 示例市政务公开平台), {@code language} ({@code zh-Hans} by default,
 * {@code zh-Hant}, {@code en}), {@code search-endpoint} (the URL in front of Solr's {@code /select} that the
 * cross-site search page queries; without it the page says that cross-site search is not configured) and
 * {@code description}. Every key is optional.
 */
public record PlatformConfig(String name, String language, String searchEndpoint, String description) {
    public static final PlatformConfig DEFAULT = new PlatformConfig("政务公开平台", "zh-Hans", "", "");

    /** The file's settings, or an error message naming what is wrong. */
    public static Result read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Result(DEFAULT, Optional.empty());
        }
        try {
            if (Files.size(file) > 64 * 1024) {
                return new Result(DEFAULT, Optional.of("larger than 64 KiB"));
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            LoadSettings settings = LoadSettings.builder().setLabel(file.getFileName().toString())
                    .setMaxAliasesForCollections(10).setAllowRecursiveKeys(false).setCodePointLimit(64 * 1024).build();
            Object doc = new Load(settings).loadFromString(text);
            if (doc == null) {
                return new Result(DEFAULT, Optional.empty());
            }
            if (!(doc instanceof Map<?, ?> map)) {
                return new Result(DEFAULT, Optional.of("not a mapping of keys to values"));
            }
            for (Object k : map.keySet()) {
                if (!java.util.List.of("name", "language", "search-endpoint", "description").contains(String.valueOf(k))) {
                    return new Result(DEFAULT, Optional.of("unknown key '" + k + "' (name, language, search-endpoint, description)"));
                }
            }
            String language = text(map, "language", DEFAULT.language());
            if (!java.util.List.of("zh-Hans", "zh-Hant", "en").contains(language)) {
                return new Result(DEFAULT, Optional.of("language must be zh-Hans, zh-Hant or en, not '" + language + "'"));
            }
            String endpoint = text(map, "search-endpoint", "");
            if (!endpoint.isEmpty() && !endpoint.startsWith("https://") && !endpoint.startsWith("http://") && !endpoint.startsWith("/")) {
                return new Result(DEFAULT, Optional.of("search-endpoint must be an http(s) URL or a path from the host's root, not '" + endpoint + "'"));
            }
            return new Result(new PlatformConfig(text(map, "name", DEFAULT.name()), language, endpoint,
                    text(map, "description", "")), Optional.empty());
        } catch (IOException e) {
            return new Result(DEFAULT, Optional.of(e.toString()));
        } catch (RuntimeException e) {
            return new Result(DEFAULT, Optional.of(String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
    }

    private static String text(Map<?, ?> map, String key, String fallback) {
        Object v = map.get(key);
        return v == null ? fallback : String.valueOf(v).strip();
    }

    /** The settings read, and what was wrong with the file (the defaults are then used). */
    public record Result(PlatformConfig config, Optional<String> problem) {
    }
}
