package org.argkg.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteAnchorerTest {

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // U+1D400 takes two UTF-16 units but is one code point
        QuoteAnchorer a = new QuoteAnchorer("𝐀𝐁中文abc");
        assertThat(a.occurrences("中文")).containsExactly(2);
        Anchor anchor = a.anchorAt("中文", 2);
        assertThat(anchor.start()).isEqualTo(2);
        assertThat(anchor.end()).isEqualTo(4);
        assertThat(anchor.prefix()).isEqualTo("𝐀𝐁");
        assertThat(anchor.suffix()).isEqualTo("abc");
    }

    @Test
    void findsEveryOccurrenceIncludingOverlaps() {
        QuoteAnchorer a = new QuoteAnchorer("aaaa");
        assertThat(a.occurrences("aa")).containsExactly(0, 1, 2);
        assertThat(a.occurrences("b")).isEmpty();
        assertThat(a.occurrences("aaaaa")).isEmpty();
    }

    @Test
    void contextIsCutAtSixteenCodePoints() {
        String body = "0123456789abcdefghijXYZ0123456789abcdefghij";
        QuoteAnchorer a = new QuoteAnchorer(body);
        Anchor anchor = a.anchorAt("XYZ", 20);
        assertThat(anchor.prefix()).isEqualTo("456789abcdefghij");
        assertThat(anchor.suffix()).isEqualTo("0123456789abcdef");
    }

    @Test
    void nearestMatchFindsTheSpanWithFewestEdits() {
        QuoteAnchorer a = new QuoteAnchorer("随着人工智能技术与产业的快速发展，国际学界开始讨论。");
        NearMatch near = a.nearest("人工智能技朮与产业");
        assertThat(near.text()).isEqualTo("人工智能技术与产业");
        assertThat(near.start()).isEqualTo(2);
        assertThat(near.edits()).isEqualTo(1);
    }

    /** The near-match search fills quote × text cells; past its budget it gives up instead of running for minutes. */
    @Test
    void nearMatchesStopAtTheirBudget() {
        QuoteAnchorer a = new QuoteAnchorer("强".repeat(40_000));
        assertThat(a.nearestWithinBudget("弱".repeat(30_000))).isEmpty();
        assertThat(a.nearestWithinBudget("弱强")).hasValueSatisfying(n -> assertThat(n.edits()).isEqualTo(1));
        assertThat(a.find("强强")).hasValueSatisfying(hits -> assertThat(hits).hasSize(39_999));
    }

    @Test
    void aWordFarLongerThanEveryCandidateGetsNoSuggestionAndNoWork() {
        assertThat(org.argkg.yaml.Suggestions.closest("x".repeat(5_000_000), java.util.List.of("statement", "label"))).isEmpty();
        assertThat(org.argkg.yaml.Suggestions.closest("stament", java.util.List.of("statement", "label"))).contains("statement");
    }
}
