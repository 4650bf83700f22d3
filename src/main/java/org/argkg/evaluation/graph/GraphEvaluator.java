package org.argkg.evaluation.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.argkg.evaluation.Label;
import org.argkg.evaluation.af.ArgumentationFramework;
import org.argkg.evaluation.af.Assumptions;
import org.argkg.evaluation.af.Labelling;
import org.argkg.evaluation.af.Reasoner;
import org.argkg.evaluation.bipolar.DeductiveSupport;
import org.argkg.evaluation.bipolar.DerivedAttack;
import org.argkg.evaluation.bipolar.EvidenceReading;
import org.argkg.evaluation.bipolar.SupportTreatment;
import org.argkg.evaluation.graph.EvaluationRequest.ClaimAssumption;

/**
 * Evaluates a claim graph: claims are the arguments; the attacks are the direct attacks plus, under
 * deductive support, the attacks derived from supports ({@link DeductiveSupport}; evidence links
 * only when evidence is read as conclusive, {@link EvidenceReading}); the assumptions
 * then change that framework ({@link Assumptions}); and the semantics gives the extensions.
 */
public final class GraphEvaluator {

    private GraphEvaluator() {
    }

    /**
     * Evaluates; throws {@link IllegalArgumentException} when an assumption names no claim (or an
     * ambiguous one) and {@link org.argkg.evaluation.TooManyExtensionsException} beyond the limit.
     */
    public static EvaluationResult evaluate(ClaimGraph graph, EvaluationRequest request) {
        int n = graph.size();
        List<String> display = displayIds(graph.claims());
        List<int[]> direct = new ArrayList<>();
        graph.attacks().forEach(r -> direct.add(new int[] {r.from(), r.to()}));
        List<DerivedAttack> derived = List.of();
        if (request.supportTreatment() == SupportTreatment.DEDUCTIVE) {
            List<int[]> supports = new ArrayList<>();
            for (Relation r : graph.supports()) {
                // defeasible evidence commits to nothing: no derived attack runs through it
                if (!(r.isEvidence() && request.evidence() == EvidenceReading.DEFEASIBLE)) {
                    supports.add(new int[] {r.from(), r.to()});
                }
            }
            derived = DeductiveSupport.derive(n, direct, supports);
        }
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        for (Claim c : graph.claims()) {
            b.addArgument(c.qualifiedId());
        }
        direct.forEach(a -> b.addAttack(a[0], a[1]));
        derived.forEach(d -> b.addAttack(d.attacker(), d.attacked()));
        ArgumentationFramework af = b.build();

        List<Assumptions.Assumption> assumptions = new ArrayList<>();
        for (ClaimAssumption ca : request.assumptions()) {
            assumptions.add(new Assumptions.Assumption(resolve(graph, ca.claim()), ca.status()));
        }
        Assumptions.Assumed assumed = Assumptions.apply(af, assumptions);
        Map<Integer, List<Integer>> suspended = new HashMap<>();
        for (int[] s : assumed.suspendedAttacks()) {
            suspended.computeIfAbsent(s[1], k -> new ArrayList<>()).add(s[0]);
        }
        List<ResolvedAssumption> resolved = new ArrayList<>();
        new TreeSet<>(assumptions.stream().map(Assumptions.Assumption::argument).toList()).forEach(i -> {
            Label status = assumptions.stream().filter(a -> a.argument() == i).findFirst().orElseThrow().status();
            resolved.add(new ResolvedAssumption(i, status, suspended.getOrDefault(i, List.of())));
        });

        List<Labelling> extensions = new ArrayList<>();
        for (Labelling l : Reasoner.extensions(assumed.framework(), request.semantics(), request.maxExtensions())) {
            extensions.add(l.restrict(n));
        }
        extensions.sort(Reasoner.order(af));
        boolean[] credulous = new boolean[n];
        boolean[] skeptical = new boolean[n];
        for (int i = 0; i < n; i++) {
            int claim = i;
            credulous[i] = extensions.stream().anyMatch(l -> l.isIn(claim));
            skeptical[i] = extensions.stream().allMatch(l -> l.isIn(claim));
        }
        return new EvaluationResult(request.semantics(), request.supportTreatment(), graph, derived, resolved,
                List.copyOf(extensions), credulous, skeptical, display);
    }

    /** The claim a reference names: an IRI, {@code doc-id#node-id}, or a node id that only one claim has. */
    static int resolve(ClaimGraph graph, String ref) {
        List<Claim> claims = graph.claims();
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.iri().equals(ref) || c.qualifiedId().equals(ref)) {
                return i;
            }
            if (c.nodeId().equals(ref)) {
                hits.add(i);
            }
        }
        if (hits.size() == 1) {
            return hits.get(0);
        }
        if (hits.isEmpty()) {
            throw new IllegalArgumentException("no claim '" + ref + "' in the evaluated documents ("
                    + String.join(", ", graph.docIds()) + ")");
        }
        List<String> options = hits.stream().map(i -> claims.get(i).qualifiedId()).toList();
        throw new IllegalArgumentException("'" + ref + "' is ambiguous; say which: " + String.join(", ", options));
    }

    private static List<String> displayIds(List<Claim> claims) {
        Map<String, Integer> count = new HashMap<>();
        claims.forEach(c -> count.merge(c.nodeId(), 1, Integer::sum));
        return claims.stream().map(c -> count.get(c.nodeId()) == 1 ? c.nodeId() : c.qualifiedId()).toList();
    }
}
