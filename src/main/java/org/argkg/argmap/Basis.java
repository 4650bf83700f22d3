package org.argkg.argmap;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a relation is stated in the text or is the analyst's reading of it. */
public enum Basis {
    EXPLICIT("Explicit"),
    INTERPRETIVE("Interpretive");

    private final String individual;

    Basis(String individual) {
        this.individual = individual;
    }

    /** Local name of the ontology individual ({@code argkg:Explicit}). */
    public String individual() {
        return individual;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Basis> parse(String word) {
        return Arrays.stream(values()).filter(b -> b.word().equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Basis::word).toList();
    }
}
