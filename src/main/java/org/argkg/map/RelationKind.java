package org.argkg.map;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Argumentative relations a node can have to another node. */
public enum RelationKind {
    SUPPORTS("supports", "Support"),
    ATTACKS("attacks", "Attack");

    private final String word;
    private final String className;

    RelationKind(String word, String className) {
        this.word = word;
        this.className = className;
    }

    /** The key written in maps and the local name of the ontology property. */
    public String word() {
        return word;
    }

    /** Local name of the relation node class ({@code argkg:Support}, {@code argkg:Attack}). */
    public String className() {
        return className;
    }

    public static Optional<RelationKind> parse(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(RelationKind::word).toList();
    }
}
