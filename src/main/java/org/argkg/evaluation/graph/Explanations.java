package org.argkg.evaluation.graph;

import java.util.ArrayList;
import java.util.List;
import org.argkg.evaluation.bipolar.DerivedAttack;

/** Plain-English reasons for derived attacks, and the relation nodes they go through. */
public final class Explanations {

    private Explanations() {
    }

    /**
     * Why a derived attack holds, e.g. {@code cause-cost supports thesis, which attacks
     * catch-up-mechanism} (supported), {@code counterforce-social-ceiling attacks thesis, which
     * cause-scale supports} (mediated).
     */
    public static String reason(EvaluationResult r, DerivedAttack d) {
        ClaimGraph g = r.graph();
        int[] left = d.attackerChain();
        int[] right = d.attackedChain();
        StringBuilder sb = new StringBuilder(r.displayId(left[0]));
        for (int i = 0; i + 1 < left.length; i++) {
            sb.append(i == 0 ? " " : ", which ").append(verb(g, left[i], left[i + 1])).append(' ').append(r.displayId(left[i + 1]));
        }
        sb.append(left.length > 1 ? ", which attacks " : " attacks ").append(r.displayId(right[right.length - 1]));
        for (int i = right.length - 1; i > 0; i--) {
            sb.append(", which ").append(r.displayId(right[i - 1])).append(' ').append(verb(g, right[i - 1], right[i]));
        }
        return sb.toString();
    }

    /** The relation nodes of the supports on both chains, in chain order (those the graph has). */
    public static List<String> supportNodes(ClaimGraph g, DerivedAttack d) {
        List<String> out = new ArrayList<>();
        for (int[] chain : List.of(d.attackerChain(), d.attackedChain())) {
            for (int i = 0; i + 1 < chain.length; i++) {
                g.support(chain[i], chain[i + 1]).map(Relation::relationIri).ifPresent(iri -> {
                    if (iri != null) {
                        out.add(iri);
                    }
                });
            }
        }
        return out;
    }

    private static String verb(ClaimGraph g, int from, int to) {
        return g.support(from, to).map(Relation::verb).orElse("supports");
    }
}
