package org.argkg.argmap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What kind of document a map describes; each maps to a schema.org class. */
public enum Genre {
    OP_ED("op-ed", "OpinionNewsArticle"),
    LAW("law", "Legislation"),
    REGULATION("regulation", "Legislation"),
    EXECUTIVE_ORDER("executive-order", "Legislation"),
    DECLARATION("declaration", "CreativeWork"),
    REPORT("report", "Report"),
    RELEASE("release", "CreativeWork"),
    SPEECH("speech", "CreativeWork");

    private final String word;
    private final String schemaClass;

    Genre(String word, String schemaClass) {
        this.word = word;
        this.schemaClass = schemaClass;
    }

    public String word() {
        return word;
    }

    /** Local name of the schema.org class of documents of this genre. */
    public String schemaClass() {
        return schemaClass;
    }

    public static Optional<Genre> parse(String word) {
        return Arrays.stream(values()).filter(g -> g.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Genre::word).toList();
    }
}
