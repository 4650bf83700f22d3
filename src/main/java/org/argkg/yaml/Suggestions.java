package org.argkg.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?" suggestions by edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within an edit distance of a third of the word's length (at least 2). */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int limit = Math.max(2, word.length() / 3);
        return candidates.stream()
                // the distance is at least the difference in length: skip the work for words far apart
                .filter(c -> Math.abs(c.length() - word.length()) <= limit)
                .map(c -> new Object[] {c, distance(word, c)})
                .filter(a -> (int) a[1] <= limit)
                .min(Comparator.comparingInt((Object[] a) -> (int) a[1]).thenComparing(a -> (String) a[0]))
                .map(a -> (String) a[0]);
    }

    /** Damerau-Levenshtein distance (optimal string alignment), so a swap of two letters costs 1. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
