package org.gongkai.core.scaffold;

import com.ibm.icu.text.Transliterator;

/** URL slugs from titles: Chinese titles become pinyin (Han-Latin), everything else lower-case ASCII words. */
public final class Slugs {
    private static final int MAX_LENGTH = 60;
    // Transliterator instances are not documented as thread-safe: one per call is cheap enough for scaffolding.
    private static final String RULES = "Han-Latin/Names; Latin-ASCII; Lower";

    private Slugs() {
    }

    public static String fromTitle(String title) {
        // Han-Latin does not separate Chinese from adjacent digits ("县2026年"): keep them apart.
        String spaced = title.replaceAll("(?<=\\p{IsHan})(?=\\p{Nd})|(?<=\\p{Nd})(?=\\p{IsHan})", " ");
        String latin = Transliterator.getInstance(RULES).transliterate(spaced);
        StringBuilder sb = new StringBuilder();
        for (String word : latin.split("[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (sb.length() + word.length() + 1 > MAX_LENGTH && sb.length() > 0) {
                break;
            }
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(word);
        }
        return sb.length() == 0 ? "item" : sb.toString();
    }
}
