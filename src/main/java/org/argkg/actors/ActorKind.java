package org.argkg.actors;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Kinds of actors, each with the schema.org (or argkg) class it maps to. */
public enum ActorKind {
    COUNTRY("country", "https://schema.org/Country"),
    ORGANISATION("organisation", "https://schema.org/Organization"),
    COMPANY("company", "https://schema.org/Corporation"),
    GROUP("group", "https://w3id.org/argkg/ontology#ActorGroup"),
    PERSON("person", "https://schema.org/Person"),
    PUBLICATION("publication", "https://schema.org/Periodical");

    private final String word;
    private final String classIri;

    ActorKind(String word, String classIri) {
        this.word = word;
        this.classIri = classIri;
    }

    public String word() {
        return word;
    }

    public String classIri() {
        return classIri;
    }

    public static Optional<ActorKind> parse(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ActorKind::word).toList();
    }
}
