package org.argkg.argmap;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The role a claim plays in the argument of its document; each is a class of the ontology. */
public enum Role {
    THESIS("Thesis"),
    CAUSE("Cause"),
    COUNTERFORCE("Counterforce"),
    CONSEQUENCE("Consequence"),
    CONCLUSION("Conclusion"),
    PREMISE("Premise");

    private final String className;

    Role(String className) {
        this.className = className;
    }

    /** Local name of the ontology class, e.g. {@code Cause} for {@code argkg:Cause}. */
    public String className() {
        return className;
    }

    /** The word written in maps, e.g. {@code cause}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String word) {
        return Arrays.stream(values()).filter(r -> r.word().equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Role::word).toList();
    }
}
