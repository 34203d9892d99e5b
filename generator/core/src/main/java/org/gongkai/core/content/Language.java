package org.gongkai.core.content;

import java.util.Optional;

/** The languages of content and of the portal's UI. */
public enum Language {
    ZH_HANS("zh-Hans"), ZH_HANT("zh-Hant"), EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as written in YAML and in {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    public static Optional<Language> of(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
