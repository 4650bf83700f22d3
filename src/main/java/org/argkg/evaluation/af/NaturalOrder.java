package org.argkg.evaluation.af;

import java.util.Comparator;

/**
 * Orders names as people read them: runs of digits by their value, the rest by character, so that
 * {@code a2} comes before {@code a10}. Names equal as numbers ({@code 01}, {@code 1}) fall back to
 * plain string order, so the order is total.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && isDigit(b.charAt(j))) {
                    j++;
                }
                int c = compareDigits(a.substring(si, i), b.substring(sj, j));
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int compareDigits(String x, String y) {
        String p = x.replaceFirst("^0+(?=.)", "");
        String q = y.replaceFirst("^0+(?=.)", "");
        if (p.length() != q.length()) {
            return Integer.compare(p.length(), q.length());
        }
        return p.compareTo(q);
    }
}
