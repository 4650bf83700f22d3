package org.argkg.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Output formats of a diagram: the DOT source, or what Graphviz renders from it. */
public enum DiagramFormat {
    DOT("text/vnd.graphviz; charset=utf-8", false),
    SVG("image/svg+xml; charset=utf-8", false),
    PNG("image/png", true);

    private final String mediaType;
    private final boolean binary;

    DiagramFormat(String mediaType, boolean binary) {
        this.mediaType = mediaType;
        this.binary = binary;
    }

    /** The word of {@code --format} and the file extension. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    /** True for formats that are not text (PNG). */
    public boolean binary() {
        return binary;
    }

    /** True when Graphviz must run to produce the format. */
    public boolean needsGraphviz() {
        return this != DOT;
    }

    public static Optional<DiagramFormat> parse(String word) {
        return Arrays.stream(values()).filter(f -> f.word().equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(DiagramFormat::word).toList();
    }
}
