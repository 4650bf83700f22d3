package org.argkg.embedding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * The statement vectors of every claim of a graph, in each language: those a build stored, and
 * those of statements the store has no vector for (an imported or loaded document, a store built
 * without embeddings), computed when this is made.
 */
public final class ClaimVectors {

    private final Map<String, Map<String, List<float[]>>> byClaim = new HashMap<>();

    private ClaimVectors() {
    }

    /**
     * @param stored the store's vectors by document id, as {@code GraphStore.statementVectors()} gives them
     */
    public static ClaimVectors of(Model graph, Map<String, String> stored) {
        Map<String, float[]> known = new HashMap<>();
        stored.values().forEach(v -> StatementVectors.read(v, known));
        ClaimVectors cv = new ClaimVectors();
        StatementVectors.statements(graph, (subject, lang, text) -> {
            if (subject == null) {
                return;
            }
            float[] v = known.computeIfAbsent(StatementVectors.key(lang, text), k -> Embeddings.embed(text, lang));
            cv.byClaim.computeIfAbsent(subject, k -> new HashMap<>())
                    .computeIfAbsent(lang, k -> new ArrayList<>()).add(v);
        });
        return cv;
    }

    /**
     * The cosine of {@code query} (a vector of the {@code lang} model) with the claim's closest
     * statement in that language; 0 when the claim has none.
     */
    public double similarity(String claimIri, String lang, float[] query) {
        double best = 0;
        for (float[] v : byClaim.getOrDefault(claimIri, Map.of()).getOrDefault(lang, List.of())) {
            best = Math.max(best, Embeddings.cosine(query, v));
        }
        return best;
    }

    /** The mean, over the languages both claims have, of their statements' closest cosine. */
    public double similarity(String a, String b) {
        Map<String, List<float[]>> va = byClaim.getOrDefault(a, Map.of());
        Map<String, List<float[]>> vb = byClaim.getOrDefault(b, Map.of());
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, List<float[]>> e : va.entrySet()) {
            List<float[]> other = vb.get(e.getKey());
            if (other == null) {
                continue;
            }
            double best = 0;
            for (float[] x : e.getValue()) {
                for (float[] y : other) {
                    best = Math.max(best, Embeddings.cosine(x, y));
                }
            }
            sum += best;
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
