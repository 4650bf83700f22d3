package org.argkg.drafting;

import java.util.ArrayList;
import java.util.List;

/**
 * Cutting a text into paragraphs and sentences, as spans of the text itself (so that every
 * sentence is an exact quote). Markdown emphasis around a sentence ({@code **一是……。**}) stays
 * outside its span, and such an emphasised lead sentence is marked as a heading.
 */
final class Sentences {

    /** A sentence: its span of the text (UTF-16 offsets), its paragraph, and whether it is an emphasised lead. */
    record Sentence(int start, int end, String text, int paragraph, int indexInParagraph, boolean heading) {
    }

    private Sentences() {
    }

    static List<Sentence> of(String body) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int i = 0;
        int n = body.length();
        while (i < n) {
            // one paragraph: up to a blank line
            int end = body.indexOf("\n\n", i);
            if (end < 0) {
                end = n;
            }
            if (!body.substring(i, end).isBlank()) {
                split(body, i, end, paragraph++, out);
            }
            i = end + 2;
        }
        return out;
    }

    private static void split(String body, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        int index = 0;
        boolean inEmphasis = false;
        int emphasisStart = -1;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == '*' && i + 1 < to && body.charAt(i + 1) == '*') {
                // an emphasis mark ends the sentence before it, and opens or closes a heading
                index = add(body, start, i, paragraph, index, inEmphasis && emphasisStart <= start, out);
                inEmphasis = !inEmphasis;
                emphasisStart = i + 2;
                i++;
                start = i + 1;
                continue;
            }
            boolean end = c == '。' || c == '！' || c == '？' || c == '\n'
                    || (c == '!' || c == '?' || c == '.') && (i + 1 == to || Character.isWhitespace(body.charAt(i + 1))
                            || body.charAt(i + 1) == '"' || body.charAt(i + 1) == '”')
                            && !abbreviation(body, from, i);
            if (end) {
                int stop = i + 1;
                // closing quotes and brackets belong to the sentence they close
                while (stop < to && "”’\"')）】」』".indexOf(body.charAt(stop)) >= 0) {
                    stop++;
                }
                index = add(body, start, stop, paragraph, index, inEmphasis && emphasisStart <= start, out);
                start = stop;
                i = stop - 1;
            }
        }
        add(body, start, to, paragraph, index, false, out);
    }

    /** "e.g.", "U.S.", "Dr." and single initials do not end a sentence. */
    private static boolean abbreviation(String body, int from, int dot) {
        if (body.charAt(dot) != '.') {
            return false;
        }
        int w = dot;
        while (w > from && Character.isLetter(body.charAt(w - 1))) {
            w--;
        }
        String word = body.substring(w, dot);
        if (word.length() == 1) {
            return true; // an initial, or the U. of U.S.
        }
        return List.of("e.g", "i.e", "Dr", "Mr", "Mrs", "Ms", "Prof", "vs", "etc", "No", "Art", "Sec", "St", "Inc", "Ltd", "Co", "al")
                .contains(word);
    }

    private static int add(String body, int start, int end, int paragraph, int index, boolean heading, List<Sentence> out) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(body.charAt(s)) || body.charAt(s) == '*')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == '*')) {
            e--;
        }
        String text = body.substring(s, e);
        // a fragment of punctuation or a few characters is not a claim
        if (text.codePoints().filter(Character::isLetterOrDigit).count() < 4) {
            return index;
        }
        out.add(new Sentence(s, e, text, paragraph, index, heading));
        return index + 1;
    }
}
