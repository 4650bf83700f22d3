package org.argkg.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Output formats of {@code argkg query}. CONSTRUCT and DESCRIBE results are always Turtle. */
public enum ResultFormat {
    /** Fitted to the terminal; {@code WIDE} is the same table with every value in full. */
    TABLE("table"), WIDE("wide"), CSV("csv"), TSV("tsv"), JSON("json"), XML("xml"), TURTLE("turtle");

    private final String word;

    ResultFormat(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ResultFormat> parse(String w) {
        return Arrays.stream(values()).filter(f -> f.word.equals(w)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ResultFormat::word).toList();
    }
}
