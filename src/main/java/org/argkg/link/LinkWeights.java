package org.argkg.link;

import java.util.Locale;

/**
 * The weights of the parts of a link score, in one place: words (tf-idf cosine of the analysed
 * texts), meaning (cosine of sentence embeddings, above {@link #floor}), shared factors and shared
 * actors. {@link #HYBRID} was chosen on the labelled paragraphs of {@code src/test/resources/link-eval}
 * (see README, "Link suggestions"); {@link #LEXICAL} is the score without embeddings.
 *
 * @param floor the embedding cosine that counts as no likeness: bge vectors of unrelated sentences
 *     still have a cosine of about this, so meaning = max(0, (cosine - floor) / (1 - floor))
 */
public record LinkWeights(double words, double meaning, double factor, double actor, double floor) {

    /*
     * Chosen on the labelled set (LinkEvaluationTest, -Dargkg.linkeval.grid=true): every mix of words
     * 0.5-0.65 and meaning 0.3-0.45, with factor and actor at most 0.1 each, ranks the right claim first
     * for 95% of its paragraphs in each language; this one sits inside that region and keeps a small
     * weight for factors and actors, which pairs of claims (--suggest) rely on more than paragraphs do.
     */
    public static final LinkWeights HYBRID = new LinkWeights(0.5, 0.4, 0.05, 0.05, 0.3);

    public static final LinkWeights LEXICAL = new LinkWeights(0.6, 0, 0.3, 0.1, 0.3);

    /** {@link #HYBRID}, described (for help texts: constant, so annotations can use it). */
    public static final String HYBRID_DESCRIPTION = "0.50 shared words (tf-idf) + 0.40 likeness of meaning (sentence embeddings)"
            + " + 0.05 shared factor + 0.05 shared actors";

    /** {@link #LEXICAL}, described. */
    public static final String LEXICAL_DESCRIPTION = "0.60 shared words (tf-idf) + 0.30 shared factor + 0.10 shared actors";

    /** Only the embeddings, for comparison on the labelled set. */
    public static final LinkWeights EMBEDDING = new LinkWeights(0, 1, 0, 0, 0.3);

    /** The meaning part of a cosine. */
    public double meaningOf(double cosine) {
        return Math.max(0, (cosine - floor) / (1 - floor));
    }

    public double score(double wordsPart, double meaningPart, double factorPart, double actorPart) {
        return words * wordsPart + meaning * meaningPart + factor * factorPart + actor * actorPart;
    }

    /** "0.3 words + 0.5 meaning + …", for help texts. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        append(sb, words, "shared words (tf-idf)");
        append(sb, meaning, "likeness of meaning (sentence embeddings)");
        append(sb, factor, "shared factor");
        append(sb, actor, "shared actors");
        return sb.toString();
    }

    private static void append(StringBuilder sb, double w, String what) {
        if (w == 0) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(" + ");
        }
        sb.append(String.format(Locale.ROOT, "%.2f", w)).append(' ').append(what);
    }
}
