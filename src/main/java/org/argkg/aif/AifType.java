package org.argkg.aif;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The node types of the AIF (and of its dialogical extension AIF+, as AIFdb and OVA write them).
 * argkg maps the argument: I nodes and the RA, CA and MA scheme nodes between them. Preference
 * (PA) and dialogue nodes (L, TA, YA) are read, checked and skipped.
 */
enum AifType {
    /** Information node: a proposition (argkg: a claim). */
    I("I", "Information"),
    /** Rule of inference application: support. */
    RA("RA", "Default Inference"),
    /** Conflict application: attack. */
    CA("CA", "Default Conflict"),
    /** Rephrase: restatement. */
    MA("MA", "Default Rephrase"),
    /** Preference application. */
    PA("PA", "Default Preference"),
    /** Locution (AIF+): an utterance. */
    L("L", "Locution"),
    /** Transition between locutions (AIF+). */
    TA("TA", "Default Transition"),
    /** Illocutionary connection (AIF+), e.g. Asserting, Arguing. */
    YA("YA", "Default Illocuting");

    private final String word;
    private final String defaultText;

    AifType(String word, String defaultText) {
        this.word = word;
        this.defaultText = defaultText;
    }

    public String word() {
        return word;
    }

    /** The text AIFdb gives a node of this type that names no particular scheme. */
    public String defaultText() {
        return defaultText;
    }

    /** RA, CA or MA: the scheme nodes argkg maps to relations. */
    public boolean isArgumentScheme() {
        return this == RA || this == CA || this == MA;
    }

    /** I, RA, CA or MA: the part of a nodeset argkg maps. */
    public boolean isArgument() {
        return this == I || isArgumentScheme();
    }

    /** L, TA or YA: the dialogue part of AIF+. */
    public boolean isDialogue() {
        return this == L || this == TA || this == YA;
    }

    public static Optional<AifType> parse(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(AifType::word).toList();
    }
}
