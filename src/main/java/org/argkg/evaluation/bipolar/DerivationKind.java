package org.argkg.evaluation.bipolar;

/** How a derived attack follows from a direct attack and supports. */
public enum DerivationKind {
    /** a supports … b, and b attacks c: a attacks c. */
    SUPPORTED("supported", "SupportedAttack"),
    /** a attacks b, and c supports … b: a attacks c. */
    MEDIATED("mediated", "MediatedAttack"),
    /** a supports … x, x attacks y, and c supports … y: a attacks c (both at once). */
    SUPER_MEDIATED("super-mediated", "SuperMediatedAttack");

    private final String word;
    private final String individual;

    DerivationKind(String word, String individual) {
        this.word = word;
        this.individual = individual;
    }

    public String word() {
        return word;
    }

    /** Local name of the ontology individual ({@code argkg:SupportedAttack}). */
    public String individual() {
        return individual;
    }
}
