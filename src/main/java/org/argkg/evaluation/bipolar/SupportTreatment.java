package org.argkg.evaluation.bipolar;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How support relations take part in the evaluation. */
public enum SupportTreatment {
    /**
     * Deductive support (Boella et al. 2010; Cayrol &amp; Lagasquie-Schiex 2013): "a supports b" means
     * that accepting a commits one to b. Supports add the derived attacks of {@link DeductiveSupport}.
     */
    DEDUCTIVE("deductive"),
    /** Supports are left out: Dung's framework of the attacks alone. */
    NONE("none");

    private final String word;

    SupportTreatment(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<SupportTreatment> parse(String w) {
        return Arrays.stream(values()).filter(t -> t.word.equalsIgnoreCase(w.strip())).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(SupportTreatment::word).toList();
    }
}
