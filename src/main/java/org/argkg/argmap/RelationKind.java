package org.argkg.argmap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Argumentative relations a node can have to another node. */
public enum RelationKind {
    SUPPORTS("supports", "supports", "Support"),
    ATTACKS("attacks", "attacks", "Attack"),
    /** The same claim in other words, usually in another document. */
    RESTATES("restates", "restates", "Restatement"),
    /** An event or fact that gives evidence for the target claim: a kind of support. */
    EVIDENCE_FOR("evidence-for", "evidenceFor", "Evidence");

    private final String word;
    private final String property;
    private final String className;

    RelationKind(String word, String property, String className) {
        this.word = word;
        this.property = property;
        this.className = className;
    }

    /** Local name of the direct property ({@code argkg:evidenceFor}). */
    public String property() {
        return property;
    }

    /** The key written in maps, and the path segment of relation IRIs. */
    public String word() {
        return word;
    }

    /**
     * Local name of the AIF scheme node class the relation node belongs to: {@code RA-node} for
     * support and evidence, {@code CA-node} for attack, {@code MA-node} for restatement.
     */
    public String aifNodeClass() {
        return switch (this) {
            case SUPPORTS, EVIDENCE_FOR -> "RA-node";
            case ATTACKS -> "CA-node";
            case RESTATES -> "MA-node";
        };
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
