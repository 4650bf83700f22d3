package org.argkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrapping by display width: Chinese by character count, Latin at spaces. */
class TextWrapTest {

    @Test
    void widthFollowsEastAsianWidth() {
        assertThat(TextWrap.columns("中a")).isEqualTo(3);
        assertThat(TextWrap.columns("，。“")).isEqualTo(5); // full-width comma and stop; the curly quote is narrow
        assertThat(TextWrap.columns("𠀀")).isEqualTo(2); // outside the BMP: one code point, wide
        assertThat(TextWrap.columns("한글")).isEqualTo(4);
        assertThat(TextWrap.columns("abc")).isEqualTo(3);
    }

    @Test
    void chineseWithoutSpacesIsCutByCharacterCount() {
        assertThat(TextWrap.wrap("一二三四五六七八九十", 8)).containsExactly("一二三四", "五六七八", "九十");
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        List<String> lines = TextWrap.wrap("一二三四，五六七“八九”十", 8);
        assertThat(lines).containsExactly("一二三四，", "五六七", "“八九”十");
        for (String line : TextWrap.wrap("人工智能安全属性和国家战略利益属性更强，技术扩散和流通受到更强制约；个别先发国家为保障国家安全。", 10)) {
            assertThat("，。；：！？）》」”").doesNotContain(line.substring(0, 1));
        }
    }

    @Test
    void latinBreaksAtSpacesAndLongWordsAreCut() {
        assertThat(TextWrap.wrap("the strong stay strong", 10)).containsExactly("the strong", "stay", "strong");
        assertThat(TextWrap.wrap("abcdefghijkl", 5)).containsExactly("abcde", "fghij", "kl");
    }

    @Test
    void mixedTextBreaksBetweenLatinWordsAndChineseCharacters() {
        List<String> lines = TextWrap.wrap("AI可能会终结后发国家的赶超优势", 12);
        assertThat(lines).containsExactly("AI可能会终结", "后发国家的赶", "超优势");
        for (String line : lines) {
            assertThat(TextWrap.columns(line)).isLessThanOrEqualTo(12);
        }
    }

    @Test
    void whiteSpaceCollapsesAndControlsAreDropped() {
        assertThat(TextWrap.wrap("a\n\n b\tc\u0000d", 40)).containsExactly("a b cd");
        assertThat(TextWrap.wrap("   ", 10)).isEmpty();
    }
}
