package org.argkg.evaluation;

import java.util.List;
import org.argkg.evaluation.graph.ClaimGraph;
import org.argkg.evaluation.graph.ClaimGraphReader;
import org.argkg.evaluation.graph.EvaluationGraph;
import org.argkg.evaluation.graph.EvaluationRequest;
import org.argkg.evaluation.graph.EvaluationResult;
import org.argkg.evaluation.graph.GraphEvaluator;
import org.argkg.store.GraphStore;

/**
 * Evaluation of the claims of the store: read the document graphs, evaluate, and write the result to
 * the named graph of its semantics. The entry point of {@code argkg evaluate} on the graph.
 */
public final class Evaluations {

    private Evaluations() {
    }

    /**
     * Evaluates the claims of {@code docIds} (every document when empty) and, when {@code write},
     * replaces the evaluation graph of the semantics. Throws {@link IllegalArgumentException} for a
     * document the store does not have or an assumption that names no claim.
     */
    public static EvaluationResult evaluate(GraphStore store, List<String> docIds, EvaluationRequest request, boolean write) {
        List<String> known = store.documentIds();
        for (String d : docIds) {
            if (!known.contains(d)) {
                throw new IllegalArgumentException("the store has no document '" + d + "'; documents: "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
        }
        ClaimGraph graph = ClaimGraphReader.read(store, docIds);
        EvaluationResult result = GraphEvaluator.evaluate(graph, request);
        if (write) {
            EvaluationGraph.write(store, result);
        }
        return result;
    }
}
