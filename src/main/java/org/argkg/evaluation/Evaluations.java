package org.argkg.evaluation;

import java.util.List;
import org.argkg.evaluation.graph.ClaimGraph;
import org.argkg.evaluation.graph.ClaimGraphReader;
import org.argkg.evaluation.graph.EvaluationGraph;
import org.argkg.evaluation.graph.EvaluationRequest;
import org.argkg.evaluation.graph.EvaluationResult;
import org.argkg.evaluation.graph.GraphEvaluator;
import org.argkg.store.GraphStore;
import org.argkg.store.StoreView;

/**
 * Evaluation of the claims of the store: read the document graphs, evaluate, and write the result to
 * the named graph of its semantics. The entry point of {@code argkg evaluate} on the graph.
 */
public final class Evaluations {

    private Evaluations() {
    }

    /**
     * Evaluates the claims of {@code docIds} (every document when empty) and replaces the evaluation
     * graph of the semantics in the store. Throws {@link IllegalArgumentException} for a document the
     * store does not have or an assumption that names no claim.
     */
    public static EvaluationResult evaluateAndWrite(GraphStore store, List<String> docIds, EvaluationRequest request) {
        EvaluationResult result = evaluate(store, docIds, request);
        EvaluationGraph.write(store, result);
        return result;
    }

    /**
     * Evaluates the claims of {@code docIds} (every document when empty) of a store, read from its
     * folder or through a SPARQL endpoint. Throws {@link IllegalArgumentException} for a document the
     * store does not have or an assumption that names no claim.
     */
    public static EvaluationResult evaluate(StoreView store, List<String> docIds, EvaluationRequest request) {
        List<String> known = store.documentIds();
        for (String d : docIds) {
            if (!known.contains(d)) {
                throw new IllegalArgumentException("the store has no document '" + d + "'; documents: "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
        }
        ClaimGraph graph = ClaimGraphReader.read(store, docIds);
        return GraphEvaluator.evaluate(graph, request);
    }
}
