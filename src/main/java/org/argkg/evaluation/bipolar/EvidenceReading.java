package org.argkg.evaluation.bipolar;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How {@code argkg:evidenceFor} (an event or fact that bears out a claim, usually of another
 * document) takes part in deductive support.
 */
public enum EvidenceReading {
    /**
     * Evidence bears a claim out without committing to it: no derived attack runs through an
     * evidence link, so an event does not inherit the defeat of the cause it bears out (no mediated
     * attack on it) nor take over the cause's attacks (no supported attack from it). The default.
     */
    DEFEASIBLE("defeasible"),
    /**
     * Evidence is support like any other: accepting the event commits to the claim, so the event
     * falls with a defeated claim and attacks what the claim attacks.
     */
    CONCLUSIVE("conclusive");

    private final String word;

    EvidenceReading(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<EvidenceReading> parse(String w) {
        return Arrays.stream(values()).filter(t -> t.word.equalsIgnoreCase(w.strip())).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(EvidenceReading::word).toList();
    }
}
