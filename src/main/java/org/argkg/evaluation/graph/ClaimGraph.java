package org.argkg.evaluation.graph;

import java.util.List;
import java.util.Optional;

/**
 * The bipolar argumentation framework of a set of documents: their claims (sorted by IRI), the
 * direct attacks and the supports between them (each sorted by source, then target).
 */
public record ClaimGraph(List<String> docIds, List<Claim> claims, List<Relation> attacks, List<Relation> supports) {

    public ClaimGraph {
        docIds = List.copyOf(docIds);
        claims = List.copyOf(claims);
        attacks = List.copyOf(attacks);
        supports = List.copyOf(supports);
    }

    public int size() {
        return claims.size();
    }

    /** The attack relation node from one claim to another, if any. */
    public Optional<Relation> attack(int from, int to) {
        return attacks.stream().filter(r -> r.from() == from && r.to() == to).findFirst();
    }

    /** The support relation from one claim to another, if any. */
    public Optional<Relation> support(int from, int to) {
        return supports.stream().filter(r -> r.from() == from && r.to() == to).findFirst();
    }
}
