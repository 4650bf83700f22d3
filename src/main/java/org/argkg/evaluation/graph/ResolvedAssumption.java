package org.argkg.evaluation.graph;

import java.util.List;
import org.argkg.evaluation.Label;

/**
 * An assumption on a claim of the graph: the claim (an index into the claims), its fixed status,
 * and for {@code in}, the claims whose attacks on it are suspended (direct and derived, sorted).
 */
public record ResolvedAssumption(int claim, Label status, List<Integer> suspendedAttackers) {

    public ResolvedAssumption {
        suspendedAttackers = List.copyOf(suspendedAttackers);
    }
}
