package org.argkg.intake;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guessing the language of a text from its scripts, and for Latin script from its most common
 * words. Enough to fill a front matter's {@code language} for review, not a general detector:
 * Chinese, Japanese, Korean, Russian, Arabic, and English, French, German or Spanish.
 */
final class Languages {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "as", "are", "this", "be"),
            "fr", Set.of("le", "la", "les", "et", "des", "du", "est", "une", "que", "dans", "pour", "qui", "pas", "sur"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich", "auf", "für"),
            "es", Set.of("el", "la", "los", "las", "y", "que", "de", "en", "es", "por", "una", "para", "con", "del"));

    private Languages() {
    }

    /** A BCP 47 tag for the language the text is mostly in; {@code en} when nothing tells. */
    static String guess(String text) {
        int han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            switch (s) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        // Latin letters come several to a word, ideographs one to a word: weigh them so
        int latinWords = latin / 5;
        if (kana > 0 && kana * 10 >= han) {
            return "ja";
        }
        int max = Math.max(Math.max(han, hangul), Math.max(Math.max(cyrillic, arabic), latinWords));
        if (max == 0) {
            return "en";
        }
        if (max == han) {
            return "zh";
        }
        if (max == hangul) {
            return "ko";
        }
        if (max == cyrillic) {
            return "ru";
        }
        if (max == arabic) {
            return "ar";
        }
        return latinLanguage(text);
    }

    private static String latinLanguage(String text) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            FUNCTION_WORDS.forEach((lang, words) -> {
                if (words.contains(word)) {
                    counts.merge(lang, 1, Integer::sum);
                }
            });
        }
        String best = "en";
        int bestCount = counts.getOrDefault("en", 0);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
