package org.argkg.drafting;

import java.util.List;

/**
 * A claim the drafter proposes, for review: its id, a guessed role and factor, the actors its text
 * names, its quotes (exact spans of the body, each with its offsets and occurrence), a statement
 * and label in the document's language, and why it was chosen.
 *
 * @param factor null when none is guessed
 */
public record ProposedClaim(String id, String role, String factor, List<String> actors, List<Quote> quotes,
        String label, String statement, String why) {

    /** A quote: the exact text, its offsets in the body (UTF-16), and which occurrence of the text it is (1-based). */
    public record Quote(String exact, int start, int end, int occurrence) {
    }

    public ProposedClaim {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
    }
}
