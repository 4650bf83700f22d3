package org.argkg.plot;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The plots of a store. */
public enum PlotKind {
    /** Which documents bear on which factors, supporting or attacking. */
    FACTORS,
    /** The dated documents and the dated relations between documents (events). */
    TIMELINE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PlotKind> parse(String word) {
        return Arrays.stream(values()).filter(k -> k.word().equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(PlotKind::word).toList();
    }
}
