package org.argkg.aif;

/** The language of an AIF text, and short labels. */
final class Texts {

    /** Label length limits, in code points. */
    static final int ZH_LABEL = 24;
    static final int EN_LABEL = 60;

    private Texts() {
    }

    /**
     * {@code zh} when the text is mostly Chinese, else {@code en}: Chinese when at least one code
     * point in four of its letters is a Han character (a Chinese sentence quoting "AI" or "OpenAI" is
     * still Chinese; an English one naming 李峥 is still English).
     */
    static String detectLanguage(String text) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                letters++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
            i += Character.charCount(c);
        }
        return letters > 0 && han * 4 >= letters ? "zh" : "en";
    }

    /**
     * A short label for a statement: the whole statement when short, else its first clause or words
     * up to the limit, with an ellipsis.
     */
    static String label(String statement, String lang) {
        String s = statement.strip().replaceAll("\\s+", " ");
        int limit = lang.equals("zh") ? ZH_LABEL : EN_LABEL;
        if (s.codePointCount(0, s.length()) <= limit) {
            return trimEnd(s);
        }
        String head = s.substring(0, s.offsetByCodePoints(0, limit));
        int cut = -1;
        if (lang.equals("zh")) {
            for (String p : new String[] {"，", "；", "：", "、", "。"}) {
                int k = head.lastIndexOf(p);
                if (k >= 6) {
                    cut = Math.max(cut, k);
                }
            }
        } else {
            int k = head.lastIndexOf(' ');
            if (k >= 20) {
                cut = k;
            }
        }
        return trimEnd(cut > 0 ? head.substring(0, cut) : head) + "…";
    }

    private static String trimEnd(String s) {
        return s.replaceAll("[\\s,;:，；：、。.]+$", "");
    }
}
