package org.argkg.aif;

import java.util.Set;
import org.argkg.argmap.ArgumentMap;
import org.argkg.rdf.DocumentGraph;
import org.argkg.source.SourceDocument;

/**
 * A nodeset turned into an argkg document: the map and source it amounts to, and its graph (made
 * by the same {@link org.argkg.rdf.GraphMapper} as {@code argkg build}, so building the written map
 * gives the same graph once its missing texts are filled in).
 *
 * @param untranslated the texts the nodeset did not have, as {@code node-id/label/zh} or
 *     {@code node-id/statement/en}: the graph holds only the languages the nodeset gives, the
 *     written map has the others commented, for a person to add
 */
public record ImportedDocument(ArgumentMap map, SourceDocument source, DocumentGraph mapped, Set<String> untranslated,
        int claims, int relations) {

    /** The document's URL: {@code --url}, else the nodeset's, else the nodeset's content hash ({@code ni:///sha-256;…}). */
    public String url() {
        return source.meta("url").orElseThrow();
    }

    /** False when the URL is no http(s) URL (the content hash), which a map's source.md cannot take. */
    public boolean hasWebUrl() {
        return url().matches("https?://\\S+");
    }

    public String docId() {
        return map.docId();
    }

    public static String key(String nodeId, String field, String lang) {
        return nodeId + "/" + field + "/" + lang;
    }
}
