package org.argkg.link;

/**
 * A suggested link for review: from a claim (or a paragraph of a new text) to an existing claim,
 * with its score (0–1) and the parts of it (each 0–1, before weighting: shared words, likeness of
 * meaning, shared factor, shared actors), and the reason in words. Suggestions never enter the
 * graph by themselves: a person accepts one by writing it into a map.
 *
 * @param from the claim's {@code doc#node}, or {@code ¶N} for paragraph N of a new text
 */
public record Suggestion(String from, String fromLabel, ClaimProfile to, double score, double text, double meaning,
        double factor, double actor, String reason) {
}
