package org.argkg.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages a diagram's texts are written in. */
public enum DiagramLang {
    ZH(List.of("zh")),
    EN(List.of("en")),
    BOTH(List.of("zh", "en"));

    private final List<String> tags;

    DiagramLang(List<String> tags) {
        this.tags = tags;
    }

    /** Language tags, in the order the texts are written. */
    public List<String> tags() {
        return tags;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DiagramLang> parse(String word) {
        return Arrays.stream(values()).filter(l -> l.word().equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(DiagramLang::word).toList();
    }
}
