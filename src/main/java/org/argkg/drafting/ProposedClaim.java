package org.argkg.drafting;

import java.util.List;

/**
 * A claim the drafter proposes, for review: its id, a guessed role and factor, the actors its text
 * names, its quotes (exact spans of the body, each with its offsets and occurrence), a label and
 * a statement per language (the document's, and others when a model translated them), relations to
 * the other proposed claims, and why it was chosen.
 *
 * @param factor null when none is guessed
 */
public record ProposedClaim(String id, String role, String factor, List<String> actors, List<Quote> quotes,
        java.util.Map<String, String> label, java.util.Map<String, String> statement, List<Relation> relations, String why) {

    /** A relation to another proposed claim: supports, attacks, restates or evidence-for. */
    public record Relation(String kind, String target, String note) {
    }

    /** A quote: the exact text, its offsets in the body (UTF-16), and which occurrence of the text it is (1-based). */
    public record Quote(String exact, int start, int end, int occurrence) {
    }

    public ProposedClaim {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        label = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(label));
        statement = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(statement));
        relations = List.copyOf(relations);
    }
}
