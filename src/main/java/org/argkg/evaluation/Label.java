package org.argkg.evaluation;

import java.util.Locale;
import java.util.Optional;

/** The status a labelling gives an argument (Caminada 2006): accepted, rejected, or neither. */
public enum Label {
    IN("in"), OUT("out"), UNDEC("undecided");

    private final String word;

    Label(String word) {
        this.word = word;
    }

    /** {@code in}, {@code out} or {@code undecided}. */
    public String word() {
        return word;
    }

    /** {@code in}, {@code out}, {@code undecided} (or {@code undec}), in any case. */
    public static Optional<Label> parse(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "in" -> Optional.of(IN);
            case "out" -> Optional.of(OUT);
            case "undecided", "undec" -> Optional.of(UNDEC);
            default -> Optional.empty();
        };
    }
}
