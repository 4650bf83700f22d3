package org.argkg.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which claims a diagram of a document draws. */
public enum DiagramScope {
    /** The document's own claims and the relations among them. */
    OWN,
    /** Also the claims of other documents related to the document's claims, grouped by document. */
    LINKED,
    /** Also the relations among those claims of other documents. */
    ALL;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DiagramScope> parse(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(DiagramScope::word).toList();
    }
}
