package org.gongkai.core.diagnostic;

import java.util.Optional;

/**
 * The language diagnostics are written in: Chinese by default, because the people who read them are the office's
 * editors and approvers; English on request. Traditional Chinese is the Simplified catalog converted by ICU.
 */
public enum DiagnosticLanguage {
    ZH_HANS("zh-Hans"), ZH_HANT("zh-Hant"), EN("en");

    public static final DiagnosticLanguage DEFAULT = ZH_HANS;

    private final String tag;

    DiagnosticLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** "zh-Hans", "zh", "zh-CN" → Simplified; "zh-Hant", "zh-TW", "zh-HK" → Traditional; "en…" → English. */
    public static Optional<DiagnosticLanguage> of(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (t.equals("zh-hant") || t.equals("zh-tw") || t.equals("zh-hk") || t.equals("zh-mo")) {
            return Optional.of(ZH_HANT);
        }
        if (t.equals("zh") || t.startsWith("zh-")) {
            return Optional.of(ZH_HANS);
        }
        if (t.equals("en") || t.startsWith("en-")) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }
}
