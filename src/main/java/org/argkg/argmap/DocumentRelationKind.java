package org.argkg.argmap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Relations between documents, written under {@code document: relations:}. They say how one
 * document bears on another as a legal or textual act (one revokes, amends, implements or cites the
 * other); they are never relations between claims and take no part in evaluating arguments.
 */
public enum DocumentRelationKind {
    REVOKES("revokes"),
    REPEALS("repeals"),
    AMENDS("amends"),
    IMPLEMENTS("implements"),
    RESPONDS_TO("responds-to"),
    CITES("cites");

    private final String word;

    DocumentRelationKind(String word) {
        this.word = word;
    }

    /** The key written in maps, and the path segment of the relation's IRI. */
    public String word() {
        return word;
    }

    /** The verb, for messages ("cannot revoke itself"). */
    public String verb() {
        return word.replace("-", " ").replaceAll("s( |$)", "$1");
    }

    public static Optional<DocumentRelationKind> parse(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(DocumentRelationKind::word).toList();
    }
}
