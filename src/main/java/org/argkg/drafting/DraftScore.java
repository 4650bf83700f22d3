package org.argkg.drafting;

import java.util.List;

/**
 * How a draft compares with a map made by hand, span by span: a quote of the map is found when a
 * proposed quote covers at least half of it (recall); a proposed quote is right when at least half
 * of it lies in a quote of the map (precision); on the quotes found, the role of the proposal that
 * covers most of it is compared with the map's (role accuracy).
 */
public record DraftScore(int goldQuotes, int goldFound, int proposedQuotes, int proposedRight, int rolesCompared,
        int rolesRight) {

    /** A quote of the map made by hand: its span of the body (UTF-16 offsets) and its claim's role. */
    public record GoldQuote(int start, int end, String role) {
    }

    public static DraftScore of(List<ProposedClaim> draft, List<GoldQuote> gold) {
        int found = 0;
        int compared = 0;
        int rolesRight = 0;
        for (GoldQuote g : gold) {
            int length = g.end() - g.start();
            ProposedClaim best = null;
            int bestOverlap = 0;
            for (ProposedClaim c : draft) {
                for (ProposedClaim.Quote q : c.quotes()) {
                    int overlap = overlap(q.start(), q.end(), g.start(), g.end());
                    if (overlap > bestOverlap) {
                        bestOverlap = overlap;
                        best = c;
                    }
                }
            }
            if (best != null && 2 * bestOverlap >= length) {
                found++;
                compared++;
                if (best.role().equals(g.role())) {
                    rolesRight++;
                }
            }
        }
        int proposed = 0;
        int right = 0;
        for (ProposedClaim c : draft) {
            for (ProposedClaim.Quote q : c.quotes()) {
                proposed++;
                int length = q.end() - q.start();
                // the union of the map's quotes inside this one: quotes of the map may overlap
                boolean[] covered = new boolean[length];
                for (GoldQuote g : gold) {
                    for (int i = Math.max(q.start(), g.start()); i < Math.min(q.end(), g.end()); i++) {
                        covered[i - q.start()] = true;
                    }
                }
                int inside = 0;
                for (boolean b : covered) {
                    inside += b ? 1 : 0;
                }
                if (2 * inside >= length) {
                    right++;
                }
            }
        }
        return new DraftScore(gold.size(), found, proposed, right, compared, rolesRight);
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }

    public double recall() {
        return goldQuotes == 0 ? 0 : (double) goldFound / goldQuotes;
    }

    public double precision() {
        return proposedQuotes == 0 ? 0 : (double) proposedRight / proposedQuotes;
    }

    public double roleAccuracy() {
        return rolesCompared == 0 ? 0 : (double) rolesRight / rolesCompared;
    }
}
