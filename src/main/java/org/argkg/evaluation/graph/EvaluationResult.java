package org.argkg.evaluation.graph;

import java.util.List;
import org.argkg.evaluation.Label;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.af.Labelling;
import org.argkg.evaluation.bipolar.DerivedAttack;
import org.argkg.evaluation.bipolar.SupportTreatment;

/**
 * The outcome of an evaluation of the claim graph: the framework as evaluated (claims, direct and
 * derived attacks, assumptions) and its extensions, each as the labelling of every claim, sorted;
 * {@code credulous[i]} / {@code skeptical[i]} say whether claim i is in some / every extension.
 */
public record EvaluationResult(Semantics semantics, SupportTreatment supportTreatment, ClaimGraph graph,
        List<DerivedAttack> derivedAttacks, List<ResolvedAssumption> assumptions, List<Labelling> extensions,
        boolean[] credulous, boolean[] skeptical, List<String> displayIds) {

    public List<Claim> claims() {
        return graph.claims();
    }

    public Label label(int extension, int claim) {
        return extensions.get(extension).label(claim);
    }

    /** How tables and explanations name a claim: its node id when unique among the claims, else doc-id#node-id. */
    public String displayId(int claim) {
        return displayIds.get(claim);
    }
}
