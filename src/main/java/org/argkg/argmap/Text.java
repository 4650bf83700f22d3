package org.argkg.argmap;

import java.util.Map;
import java.util.TreeMap;
import org.argkg.diagnostics.Position;

/** A text given in several languages, keyed by BCP 47 tag ({@code zh}, {@code en}), sorted by tag. */
public record Text(Map<String, String> byLanguage, Position at) {

    public Text {
        byLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(byLanguage));
    }

    public String get(String lang) {
        return byLanguage.get(lang);
    }
}
