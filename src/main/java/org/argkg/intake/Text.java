package org.argkg.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cleaning extracted text and cutting it into paragraphs. */
final class Text {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000&&[^\\n]]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    /** Sentence ends in Chinese, Japanese and Latin text, with closing quotes or brackets after them. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？.!?:：;；…”’\"')）】」』]$");

    private Text() {
    }

    /** One line: control and format characters dropped, runs of spaces made one, trimmed. */
    static String clean(String s) {
        String t = CONTROL.matcher(s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')).replaceAll("");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /**
     * Paragraphs of a text: blank lines separate them; where a text has none, lines are joined until
     * one ends a sentence (text extracted from a layout, as PDFs give it).
     */
    static List<String> paragraphs(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        boolean blankSeparated = t.strip().contains("\n\n");
        StringBuilder current = new StringBuilder();
        for (String raw : t.split("\n", -1)) {
            String line = clean(raw);
            if (line.isEmpty()) {
                flush(current, out);
                continue;
            }
            join(current, line);
            if (!blankSeparated && SENTENCE_END.matcher(line).matches()) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    /**
     * Paragraphs of text laid out in lines (as PDFs give it): a blank line ends one, and so does a
     * line that ends a sentence and stops short of the text's usual width.
     */
    static List<String> paragraphsByLayout(List<String> lines) {
        int width = lines.stream().map(Text::clean).mapToInt(String::length).max().orElse(0);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : lines) {
            String line = clean(raw);
            if (line.isEmpty()) {
                flush(current, out);
                continue;
            }
            join(current, line);
            if (SENTENCE_END.matcher(line).matches() && line.length() < 0.8 * width) {
                flush(current, out);
            }
        }
        flush(current, out);
        return out;
    }

    /** Joins a wrapped line: no space between CJK characters, a hyphen at a line end removed. */
    static void join(StringBuilder current, String line) {
        if (current.length() == 0) {
            current.append(line);
            return;
        }
        int last = current.codePointBefore(current.length());
        int first = line.codePointAt(0);
        if (last == '-' && current.length() > 1 && Character.isLetter(current.charAt(current.length() - 2))
                && Character.isLowerCase(first)) {
            current.setLength(current.length() - 1);
        } else if (!(wide(last) || wide(first))) {
            current.append(' ');
        }
        current.append(line);
    }

    private static boolean wide(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
