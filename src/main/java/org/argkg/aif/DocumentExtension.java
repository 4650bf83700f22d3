package org.argkg.aif;

import java.util.Map;
import org.argkg.diagnostics.Position;
import org.argkg.argmap.Genre;

/**
 * argkg's description of the document a nodeset was exported from (the top-level
 * {@code "argkg": {…}}): its id, titles by language, date, language, URL, genre and actors.
 * Absent fields are null.
 */
record DocumentExtension(String id, Map<String, String> title, String date, String language, String url,
        Genre genre, String creator, String publisher, String originalPublisher, Map<String, Position> at) {

    public DocumentExtension {
        title = title == null ? Map.of() : Map.copyOf(title);
        at = at == null ? Map.of() : Map.copyOf(at);
    }

    public Position positionOf(String key) {
        return at.getOrDefault(key, at.getOrDefault("", Position.UNKNOWN));
    }
}
