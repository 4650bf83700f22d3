package org.argkg.evaluation.graph;

import java.util.List;
import org.argkg.evaluation.Label;
import org.argkg.evaluation.Semantics;
import org.argkg.evaluation.bipolar.EvidenceReading;
import org.argkg.evaluation.bipolar.SupportTreatment;

/**
 * What to evaluate: the semantics, how supports count, the what-if assumptions (a claim reference
 * — {@code node-id} when unique, {@code doc-id#node-id}, or the claim's IRI — with status in or out),
 * the most extensions to enumerate, and how evidence counts under deductive support (defeasible by
 * default).
 */
public record EvaluationRequest(Semantics semantics, SupportTreatment supportTreatment, List<ClaimAssumption> assumptions,
        int maxExtensions, EvidenceReading evidence) {

    public static final int DEFAULT_MAX_EXTENSIONS = 1000;

    public EvaluationRequest {
        assumptions = List.copyOf(assumptions);
        if (evidence == null) {
            evidence = EvidenceReading.DEFEASIBLE;
        }
        if (maxExtensions < 1) {
            throw new IllegalArgumentException("the most extensions must be at least 1");
        }
    }

    /** With defeasible evidence. */
    public EvaluationRequest(Semantics semantics, SupportTreatment supportTreatment, List<ClaimAssumption> assumptions,
            int maxExtensions) {
        this(semantics, supportTreatment, assumptions, maxExtensions, EvidenceReading.DEFEASIBLE);
    }

    public static EvaluationRequest of(Semantics semantics) {
        return new EvaluationRequest(semantics, SupportTreatment.DEDUCTIVE, List.of(), DEFAULT_MAX_EXTENSIONS);
    }

    public EvaluationRequest withAssumptions(List<ClaimAssumption> a) {
        return new EvaluationRequest(semantics, supportTreatment, a, maxExtensions, evidence);
    }

    public EvaluationRequest withSupportTreatment(SupportTreatment t) {
        return new EvaluationRequest(semantics, t, assumptions, maxExtensions, evidence);
    }

    public EvaluationRequest withEvidence(EvidenceReading e) {
        return new EvaluationRequest(semantics, supportTreatment, assumptions, maxExtensions, e);
    }

    /** {@code in:ref} or {@code out:ref}. */
    public record ClaimAssumption(String claim, Label status) {

        /**
         * Parses a comma-separated list such as {@code in:thesis,out:doc#cause-cost}; throws
         * {@link IllegalArgumentException} on a malformed item.
         */
        public static List<ClaimAssumption> parseList(String text) {
            List<ClaimAssumption> out = new java.util.ArrayList<>();
            for (String item : text.split(",")) {
                String s = item.strip();
                if (s.isEmpty()) {
                    continue;
                }
                int colon = s.indexOf(':');
                Label l = colon < 0 ? null : Label.parse(s.substring(0, colon)).orElse(null);
                if (l == null || l == Label.UNDEC || colon == s.length() - 1) {
                    throw new IllegalArgumentException("expected in:CLAIM or out:CLAIM, found '" + s + "'");
                }
                out.add(new ClaimAssumption(s.substring(colon + 1).strip(), l));
            }
            return out;
        }

        @Override
        public String toString() {
            return status.word() + ":" + claim;
        }
    }
}
