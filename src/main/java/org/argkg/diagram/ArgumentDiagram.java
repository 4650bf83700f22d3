package org.argkg.diagram;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argkg.argmap.Basis;
import org.argkg.argmap.RelationKind;
import org.argkg.argmap.Role;

/**
 * What a diagram of one document shows, read from the store: its claims, the relations that touch
 * them (stated in this document or in another one), and the claims of other documents at the far
 * end of those relations, grouped by document. Lists are in a fixed order, so the same store gives
 * the same diagram.
 *
 * @param document the document drawn
 * @param claims the document's claims, by role then id
 * @param relations every relation with at least one end among {@code claims}, and those between two
 *     claims of {@code others}, sorted
 * @param others the other documents with a claim at the far end of a relation, by date then id
 */
record ArgumentDiagram(DocumentInfo document, List<Claim> claims, List<Relation> relations,
        List<OtherDocument> others) {

    /** A document: id, titles by language, date (YYYY-MM-DD or empty). */
    public record DocumentInfo(String id, Map<String, String> titles, String date) {

        /** The title in {@code lang}, else in the other language, else the id. */
        public String title(String lang) {
            return Optional.ofNullable(titles.get(lang)).or(() -> titles.values().stream().findFirst()).orElse(id);
        }
    }

    /**
     * A claim.
     *
     * @param factor the factor id (the local name of its concept), or null
     */
    public record Claim(String iri, String docId, String nodeId, Role role, Map<String, String> labels,
            Map<String, String> statements, String factor) {

        public String label(String lang) {
            return Optional.ofNullable(labels.get(lang)).or(() -> labels.values().stream().findFirst()).orElse(nodeId);
        }

        public String statement(String lang) {
            return Optional.ofNullable(statements.get(lang)).or(() -> statements.values().stream().findFirst()).orElse("");
        }
    }

    /**
     * A relation between two claims.
     *
     * @param statedIn the document whose map states it
     * @param note the analyst's note, or null
     */
    public record Relation(String iri, String from, String to, RelationKind kind, Basis basis, String statedIn,
            String note) {
    }

    /** Another document and those of its claims that the drawn document's claims are related to. */
    public record OtherDocument(DocumentInfo document, List<Claim> claims) {
    }

    /** Every claim drawn: the document's, then those of the other documents. */
    public List<Claim> allClaims() {
        List<Claim> all = new java.util.ArrayList<>(claims);
        others.forEach(o -> all.addAll(o.claims()));
        return all;
    }
}
