package org.argkg.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Anchors quotes in a source body. All offsets are in Unicode code points, so that a character
 * outside the Basic Multilingual Plane counts once, as W3C Web Annotation selectors require.
 *
 * <p>The work one anchorer does is bounded, so that no input (a huge text, a quote megabytes long,
 * a map of a million quotes) can keep a check running for minutes: finding quotes may examine at
 * most {@link #SEARCH_BUDGET} code points of the body in all, and near matches may fill at most
 * {@link #NEAR_MATCH_BUDGET} cells. Real documents stay orders of magnitude below both.
 */
public final class QuoteAnchorer {

    /** How many code points of context the prefix and suffix keep. */
    public static final int CONTEXT = 16;

    /** Code points of the body that finding quotes may examine, in all: a few seconds of work. */
    public static final long SEARCH_BUDGET = 2_000_000_000L;

    /** Cells (quote × body code points) that near matches may fill, in all: about a second of work. */
    public static final long NEAR_MATCH_BUDGET = 1_000_000_000L;

    private final int[] body;
    private long searched;
    private long nearCells;

    public QuoteAnchorer(String body) {
        this.body = body.codePoints().toArray();
    }

    /**
     * Code-point offsets of every occurrence of {@code exact} in the body (overlaps included); empty
     * when the search budget of this anchorer is spent.
     */
    public Optional<List<Integer>> find(String exact) {
        long cost = (long) body.length + exact.length();
        if (searched + cost > SEARCH_BUDGET) {
            return Optional.empty();
        }
        searched += cost;
        return Optional.of(occurrences(exact));
    }

    /** Code-point offsets of every occurrence of {@code exact} in the body (overlaps included). */
    public List<Integer> occurrences(String exact) {
        int[] q = exact.codePoints().toArray();
        List<Integer> found = new ArrayList<>();
        if (q.length == 0 || q.length > body.length) {
            return found;
        }
        int[] fail = failure(q);
        int k = 0;
        for (int i = 0; i < body.length; i++) {
            while (k > 0 && body[i] != q[k]) {
                k = fail[k - 1];
            }
            if (body[i] == q[k]) {
                k++;
            }
            if (k == q.length) {
                found.add(i - q.length + 1);
                k = fail[k - 1];
            }
        }
        return found;
    }

    /** The anchor of the occurrence that starts at code point {@code start}. */
    public Anchor anchorAt(String exact, int start) {
        int len = exact.codePointCount(0, exact.length());
        int end = start + len;
        String prefix = slice(Math.max(0, start - CONTEXT), start);
        String suffix = slice(end, Math.min(body.length, end + CONTEXT));
        return new Anchor(exact, start, end, prefix, suffix);
    }

    /** The text of code points {@code [from, to)} of the body. */
    public String slice(int from, int to) {
        return new String(body, from, to - from);
    }

    public int length() {
        return body.length;
    }

    /**
     * As {@link #nearest}, or empty when the near-match budget of this anchorer would be exceeded
     * (a quote or a text far longer than real ones).
     */
    public Optional<NearMatch> nearestWithinBudget(String quote) {
        long cells = (long) quote.codePointCount(0, quote.length()) * body.length;
        if (nearCells + cells > NEAR_MATCH_BUDGET) {
            return Optional.empty();
        }
        nearCells += cells;
        return Optional.of(nearest(quote));
    }

    /**
     * The span of the body with the fewest edits (insertions, deletions, substitutions) from
     * {@code quote}: approximate substring matching (Sellers' algorithm), O(body × quote).
     */
    public NearMatch nearest(String quote) {
        int[] q = quote.codePoints().toArray();
        int m = q.length;
        int n = body.length;
        if (m == 0 || n == 0) {
            return new NearMatch(0, 0, "", m);
        }
        // d[i][j]: edits between q[0..i) and some suffix of body[0..j); start[i][j]: where that suffix starts
        int[] prev = new int[n + 1];
        int[] prevStart = new int[n + 1];
        int[] cur = new int[n + 1];
        int[] curStart = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = 0;
            prevStart[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            cur[0] = i;
            curStart[0] = 0;
            for (int j = 1; j <= n; j++) {
                int sub = prev[j - 1] + (q[i - 1] == body[j - 1] ? 0 : 1);
                int del = prev[j] + 1;      // quote char not in body
                int ins = cur[j - 1] + 1;   // body char not in quote
                int best = sub;
                int st = prevStart[j - 1];
                if (del < best) {
                    best = del;
                    st = prevStart[j];
                }
                if (ins < best) {
                    best = ins;
                    st = curStart[j - 1];
                }
                cur[j] = best;
                curStart[j] = st;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            t = prevStart;
            prevStart = curStart;
            curStart = t;
        }
        int bestEnd = 1;
        for (int j = 1; j <= n; j++) {
            if (prev[j] < prev[bestEnd]) {
                bestEnd = j;
            }
        }
        int start = prevStart[bestEnd];
        return new NearMatch(start, bestEnd, slice(start, bestEnd), prev[bestEnd]);
    }

    private static int[] failure(int[] q) {
        int[] f = new int[q.length];
        int k = 0;
        for (int i = 1; i < q.length; i++) {
            while (k > 0 && q[i] != q[k]) {
                k = f[k - 1];
            }
            if (q[i] == q[k]) {
                k++;
            }
            f[i] = k;
        }
        return f;
    }
}
