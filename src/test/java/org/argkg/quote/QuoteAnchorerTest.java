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
}
