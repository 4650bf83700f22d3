package org.argkg.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The semantics of Dung (1995) argkg evaluates, with their ICCMA abbreviations. */
public enum Semantics {
    /** The least complete extension: what no one can reasonably dispute. */
    GROUNDED("grounded", "GR"),
    /** Every conflict-free set that defends exactly the arguments it contains. */
    COMPLETE("complete", "CO"),
    /** The maximal (for set inclusion) complete extensions. */
    PREFERRED("preferred", "PR"),
    /** The conflict-free sets that attack every argument outside them. */
    STABLE("stable", "ST");

    private final String word;
    private final String code;

    Semantics(String word, String code) {
        this.word = word;
        this.code = code;
    }

    /** The lower-case name used on the command line and in IRIs ({@code preferred}). */
    public String word() {
        return word;
    }

    /** The ICCMA abbreviation ({@code PR}). */
    public String code() {
        return code;
    }

    /** Accepts the word or the ICCMA code, in any case. */
    public static Optional<Semantics> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String v = s.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(x -> x.word.equals(v) || x.code.toLowerCase(Locale.ROOT).equals(v)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Semantics::word).toList();
    }
}
