package org.argkg.evaluation.iccma;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats of the International Competition on Computational Models of Argumentation. */
public enum AfFormat {
    /** Trivial Graph Format (ICCMA 2015–2021): one argument per line, {@code #}, then one attack {@code a b} per line. */
    TGF("tgf", List.of("tgf")),
    /** Aspartix format (ICCMA 2015–2021): facts {@code arg(a).} and {@code att(a,b).} */
    APX("apx", List.of("apx")),
    /** ICCMA 2023: a header {@code p af N}, then one attack {@code i j} per line between arguments 1..N; {@code #} comments. */
    I23("i23", List.of("i23", "af"));

    private final String word;
    private final List<String> extensions;

    AfFormat(String word, List<String> extensions) {
        this.word = word;
        this.extensions = extensions;
    }

    public String word() {
        return word;
    }

    /** The format a file name's extension stands for ({@code .tgf}, {@code .apx}, {@code .i23} or {@code .af}). */
    public static Optional<AfFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    public static Optional<AfFormat> parse(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.word.equals(w) || f.extensions.contains(w)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(AfFormat::word).toList();
    }
}
