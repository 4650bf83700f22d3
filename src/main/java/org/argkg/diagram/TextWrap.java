package org.argkg.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text for diagram labels by display width, measured in columns as East Asian Width does: a
 * wide or full-width character (Han, kana, Hangul, full-width punctuation) takes two columns, any
 * other one. Latin text breaks at spaces; CJK text, which has no spaces, may break between any two
 * wide characters, except that closing punctuation never starts a line and opening punctuation
 * never ends one. A word longer than a line is cut.
 */
final class TextWrap {

    private static final String NO_LINE_START = "，。、；：！？）》」』】〕〉”’…·,.;:!?)]}%";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    private TextWrap() {
    }

    /** Display columns of one code point: 2 for East Asian wide and full-width characters, else 1 (0 for controls). */
    public static int columns(int cp) {
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** Display columns of a string. */
    public static int columns(String s) {
        return s.codePoints().map(TextWrap::columns).sum();
    }

    /** True for the East Asian Width classes W and F (the ranges that matter for text). */
    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)  // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)  // kana, Bopomofo, Hangul compatibility, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)  // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)  // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)  // Yi
                || (cp >= 0xA960 && cp <= 0xA97F)  // Hangul Jamo extended A
                || (cp >= 0xAC00 && cp <= 0xD7A3)  // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)  // CJK compatibility ideographs
                || (cp >= 0xFE10 && cp <= 0xFE19)  // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE6F)  // CJK compatibility forms, small form variants
                || (cp >= 0xFF00 && cp <= 0xFF60)  // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)  // full-width signs
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x2FFFD) // CJK extensions B-F
                || (cp >= 0x30000 && cp <= 0x3FFFD);
    }

    /**
     * The text cut into lines of at most {@code width} columns (a closing punctuation mark may hang
     * past the end). Runs of white space, line breaks included, count as one space; control
     * characters are dropped.
     */
    public static List<String> wrap(String text, int width) {
        if (width < 2) {
            throw new IllegalArgumentException("width must be at least 2");
        }
        List<String> units = units(normalise(text));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            if (u.equals(" ")) {
                if (used > 0 && used + 1 <= width) {
                    line.append(' ');
                    used++;
                } else if (used > 0) {
                    used = flush(lines, line);
                }
                continue;
            }
            int w = columns(u);
            boolean hangs = NO_LINE_START.indexOf(u.codePointAt(0)) >= 0 && u.codePointCount(0, u.length()) == 1;
            if (used + w <= width || used == 0 || (hangs && used + w <= width + 2)) {
                if (used == 0 && w > width) {
                    // a word longer than a line: cut it
                    for (String piece : cut(u, width)) {
                        if (used > 0) {
                            used = flush(lines, line);
                        }
                        line.append(piece);
                        used = columns(piece);
                    }
                    continue;
                }
                line.append(u);
                used += w;
                continue;
            }
            // break before u; an opening mark at the end of the line moves down with it
            String carried = "";
            String current = line.toString().stripTrailing();
            if (!current.isEmpty()) {
                int last = current.codePointBefore(current.length());
                if (NO_LINE_END.indexOf(last) >= 0 && current.length() > Character.charCount(last)) {
                    carried = new String(Character.toChars(last));
                    current = current.substring(0, current.length() - carried.length());
                }
            }
            line.setLength(0);
            line.append(current);
            flush(lines, line);
            line.append(carried);
            used = columns(carried);
            i--; // place u on the new line
        }
        flush(lines, line);
        return lines;
    }

    private static int flush(List<String> lines, StringBuilder line) {
        String s = line.toString().strip();
        if (!s.isEmpty()) {
            lines.add(s);
        }
        line.setLength(0);
        return 0;
    }

    /** Collapses white space and drops control characters. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0x00A0) {
                space = true;
                continue;
            }
            if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE
                    || cp == 0xFFFE || cp == 0xFFFF) {
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** Breakable units: a single space, one wide character, or a run of narrow non-space characters. */
    private static List<String> units(String s) {
        List<String> units = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean breakable = cp == ' ' || isWide(cp) || NO_LINE_START.indexOf(cp) >= 0 && cp > 0x2000;
            if (!breakable) {
                word.appendCodePoint(cp);
                continue;
            }
            if (word.length() > 0) {
                units.add(word.toString());
                word.setLength(0);
            }
            units.add(new String(Character.toChars(cp)));
        }
        if (word.length() > 0) {
            units.add(word.toString());
        }
        return units;
    }

    private static List<String> cut(String word, int width) {
        List<String> pieces = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            int w = columns(cp);
            if (used + w > width && used > 0) {
                pieces.add(sb.toString());
                sb.setLength(0);
                used = 0;
            }
            sb.appendCodePoint(cp);
            used += w;
        }
        if (sb.length() > 0) {
            pieces.add(sb.toString());
        }
        return pieces;
    }
}
