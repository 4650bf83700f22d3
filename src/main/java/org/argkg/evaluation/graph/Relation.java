package org.argkg.evaluation.graph;

/**
 * A direct relation between two claims of the evaluated graph (indices into
 * {@link ClaimGraph#claims()}): an attack, or a support in the broad sense (supports, evidence for,
 * restates). {@code verb} is how explanations say it ("supports", "gives evidence for",
 * "restates", "attacks"); {@code relationIri} is the relation node of the document graph (an
 * {@code argkg:Attack}, {@code argkg:Support}, …), or null when the graph has none.
 */
public record Relation(int from, int to, String verb, String relationIri) {

    /** The verb of {@code argkg:evidenceFor}. */
    public static final String EVIDENCE_FOR = "gives evidence for";

    /** Whether the relation is {@code argkg:evidenceFor}: an event or fact that bears a claim out. */
    public boolean isEvidence() {
        return EVIDENCE_FOR.equals(verb);
    }
}
