package org.argkg.link;

import java.util.Map;
import java.util.Set;

/**
 * What link suggestions know of a claim: its texts, factors (with their broader factors), actors,
 * the claims it is already linked to (either direction), its analysed terms and its words as written
 * (for the reason of a suggestion).
 */
public record ClaimProfile(String iri, String docId, String role, String labelEn, String labelZh,
        Set<String> factors, Set<String> actors, Set<String> linked, Map<String, Double> terms,
        Map<String, String> words) {

    /** The node id: the last segment of the IRI. */
    public String nodeId() {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** {@code doc#node}, as maps write references. */
    public String ref() {
        return docId + "#" + nodeId();
    }
}
